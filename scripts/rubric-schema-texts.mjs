// Writes the `texts` part of rubrics/schema.json from the wording of rubrics/standard.json: every
// group of templates becomes a closed object of optional strings, every counted word a closed
// {one, many} object. Run it after the standard rubric gains or loses a text:
//   node scripts/rubric-schema-texts.mjs
// crates/formats/tests/schema.rs fails, naming the path, when the schema and the file disagree.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = `${root}rubrics/schema.json`;
const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
const texts = JSON.parse(await readFile(`${root}rubrics/standard.json`, 'utf8')).catalogue.texts;

const defs = schema.$defs;
defs.plural = {
  type: 'object',
  description: 'A word whose form follows a count: "one" for exactly one, "many" for any other count.',
  additionalProperties: false,
  required: ['one', 'many'],
  properties: { one: { type: 'string' }, many: { type: 'string' } },
};
const template = { type: 'string', description: 'A template: {name} is a slot the page fills; {{ and }} are literal braces.' };
function group(value) {
  const properties = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') properties[key] = { $ref: '#/$defs/template' };
    else if (Array.isArray(v)) properties[key] = { type: 'array', items: { type: 'string' } };
    else if (v && typeof v === 'object' && 'one' in v && 'many' in v) properties[key] = { $ref: '#/$defs/plural' };
    else properties[key] = group(v);
  }
  return { type: 'object', additionalProperties: false, properties };
}
defs.template = template;
defs.texts = { ...group(texts), description: 'Every sentence the engine writes, as templates; each text left out is the standard one.' };
defs.catalogue.properties.texts = { $ref: '#/$defs/texts' };
await writeFile(schemaPath, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`rubrics/schema.json: texts with ${Object.keys(texts).length} groups`);
