#![cfg(not(target_arch = "wasm32"))]
//! `rubrics/schema.json` stays true to the rubric Seams reads, without a schema validator: the
//! standard rubric (which is what the Rust types write, byte for byte) is walked together with
//! the schema, and every key, required name, enum, kind of value and range must agree. A miss
//! names the JSON path of the value and the place in the schema.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_json::Value;

use seams_engine::catalogue::{AdviceWhen, Feature, MatrixBasis};
use seams_engine::{
    BlockerId, Capability, FactorId, PhaseId, PitfallId, Position, ProductStage, Quadrant, Stack,
    TrafficBand, TriggerId, Verdict,
};

const SCHEMA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../rubrics/schema.json");
const STANDARD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../rubrics/standard.json");

fn json(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A schema and where it sits in schema.json (`#/$defs/band`), for messages.
#[derive(Clone)]
struct At<'a> {
    schema: &'a Value,
    place: String,
}

impl<'a> At<'a> {
    fn new(schema: &'a Value, place: impl Into<String>) -> Self {
        At { schema, place: place.into() }
    }
}

/// For each place in the schema, the keys or the values the file has there.
type Seen = BTreeMap<String, BTreeSet<String>>;

/// The walk of a file with the schema: what went wrong, and what the file used.
struct Walk<'a> {
    root: &'a Value,
    problems: Vec<String>,
    /// For each schema place with properties, the keys the file has there.
    seen_keys: Seen,
    /// For each schema place with an enum, the values the file has there.
    seen_values: Seen,
}

impl<'a> Walk<'a> {
    fn new(root: &'a Value) -> Self {
        Walk {
            root,
            problems: Vec::new(),
            seen_keys: BTreeMap::new(),
            seen_values: BTreeMap::new(),
        }
    }

    /// Follows `$ref`s into `$defs`.
    fn resolve(&self, at: At<'a>) -> At<'a> {
        let mut at = at;
        for _ in 0..32 {
            let Some(r) = at.schema.get("$ref").and_then(Value::as_str) else {
                return at;
            };
            let name = r
                .strip_prefix("#/$defs/")
                .unwrap_or_else(|| panic!("{}: $ref {r} is not into $defs", at.place));
            let schema = self.root["$defs"]
                .get(name)
                .unwrap_or_else(|| panic!("{}: $ref {r} names no entry of $defs", at.place));
            at = At::new(schema, format!("#/$defs/{name}"));
        }
        panic!("{}: $refs that never end", at.place);
    }

    /// The alternatives a schema allows (`anyOf`, `oneOf`, flattened), each resolved.
    fn branches(&self, at: At<'a>) -> Vec<At<'a>> {
        let at = self.resolve(at);
        for key in ["anyOf", "oneOf"] {
            if let Some(list) = at.schema.get(key).and_then(Value::as_array) {
                return list
                    .iter()
                    .enumerate()
                    .flat_map(|(i, b)| self.branches(At::new(b, format!("{}/{key}/{i}", at.place))))
                    .collect();
            }
        }
        vec![at]
    }

    fn check(&mut self, at: At<'a>, value: &Value, path: &str) {
        let all = self.branches(at.clone());
        let candidates: Vec<At<'a>> =
            all.iter().filter(|b| kind_fits(b.schema, value)).cloned().collect();
        let Some(first) = candidates.first().cloned() else {
            let allowed: Vec<String> = all.iter().map(|b| describe(b.schema)).collect();
            self.problems.push(format!(
                "{path}: the file has {}, which the schema at {} does not allow (it allows {})",
                short(value),
                at.place,
                allowed.join(" or ")
            ));
            return;
        };
        match value {
            Value::Object(map) => {
                // Of several object schemas, the one that declares every key the file has.
                let chosen = candidates
                    .into_iter()
                    .find(|b| {
                        let props = b.schema.get("properties").and_then(Value::as_object);
                        map.keys().all(|k| props.is_some_and(|p| p.contains_key(k)))
                    })
                    .unwrap_or(first);
                self.object(chosen, map, path);
            }
            Value::Array(items) => self.array(first, items, path),
            _ => self.scalar(first, value, path),
        }
    }

    fn object(&mut self, at: At<'a>, map: &serde_json::Map<String, Value>, path: &str) {
        let props = at.schema.get("properties").and_then(Value::as_object);
        let seen = self.seen_keys.entry(at.place.to_string()).or_default();
        seen.extend(map.keys().cloned());
        for (key, value) in map {
            let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
            match props.and_then(|p| p.get(key)) {
                Some(schema) => {
                    let place = format!("{}/properties/{key}", at.place);
                    self.check(At::new(schema, place), value, &here);
                }
                None => self.problems.push(format!(
                    "{here}: the schema at {} does not declare the key \"{key}\"",
                    at.place
                )),
            }
        }
        for name in at.schema.get("required").and_then(Value::as_array).into_iter().flatten() {
            let name = name.as_str().unwrap_or_default();
            if !map.contains_key(name) {
                self.problems.push(format!(
                    "{}: the schema at {} requires \"{name}\", which the Rust output does not write here",
                    if path.is_empty() { "(the file)" } else { path },
                    at.place
                ));
            }
        }
    }

    fn array(&mut self, at: At<'a>, items: &[Value], path: &str) {
        let n = items.len() as u64;
        if let Some(min) = at.schema.get("minItems").and_then(Value::as_u64) {
            if n < min {
                self.problems.push(format!(
                    "{path}: {n} items, below the schema's minItems {min} at {}",
                    at.place
                ));
            }
        }
        if let Some(max) = at.schema.get("maxItems").and_then(Value::as_u64) {
            if n > max {
                self.problems.push(format!(
                    "{path}: {n} items, above the schema's maxItems {max} at {}",
                    at.place
                ));
            }
        }
        let prefix = at.schema.get("prefixItems").and_then(Value::as_array);
        for (i, item) in items.iter().enumerate() {
            let here = format!("{path}[{i}]");
            let (schema, place) = match prefix.and_then(|p| p.get(i)) {
                Some(s) => (s, format!("{}/prefixItems/{i}", at.place)),
                None => match at.schema.get("items") {
                    Some(s) if s != &Value::Bool(false) => (s, format!("{}/items", at.place)),
                    _ => {
                        self.problems.push(format!(
                            "{here}: the schema at {} declares no items here",
                            at.place
                        ));
                        continue;
                    }
                },
            };
            self.check(At::new(schema, place), item, &here);
        }
    }

    fn scalar(&mut self, at: At<'a>, value: &Value, path: &str) {
        if let Some(allowed) = at.schema.get("enum").and_then(Value::as_array) {
            self.seen_values
                .entry(at.place.to_string())
                .or_default()
                .insert(value.as_str().map_or_else(|| value.to_string(), str::to_string));
            if !allowed.contains(value) {
                self.problems.push(format!(
                    "{path}: {} is missing from the enum at {}",
                    short(value),
                    at.place
                ));
            }
        }
        if let Some(v) = value.as_f64() {
            let bound = |key: &str| at.schema.get(key).and_then(Value::as_f64);
            let too_low = bound("minimum").is_some_and(|m| v < m)
                || bound("exclusiveMinimum").is_some_and(|m| v <= m);
            let too_high = bound("maximum").is_some_and(|m| v > m)
                || bound("exclusiveMaximum").is_some_and(|m| v >= m);
            if too_low || too_high {
                self.problems.push(format!(
                    "{path}: {v} is outside the range the schema at {} allows",
                    at.place
                ));
            }
        }
    }
}

/// Whether the JSON kind of `value` is one the schema's `type`, `enum` or `const` allows.
fn kind_fits(schema: &Value, value: &Value) -> bool {
    if let Some(c) = schema.get("const") {
        return c == value;
    }
    if schema.get("enum").is_some() {
        // A value of the right kind that the enum lacks is reported by name, not as a mismatch.
        return value.is_string() || value.is_number();
    }
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return true,
    };
    types.iter().any(|t| match *t {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        "integer" => value.is_u64() || value.is_i64(),
        _ => false,
    })
}

fn describe(schema: &Value) -> String {
    for key in ["const", "enum", "type"] {
        if let Some(v) = schema.get(key) {
            return format!("{key} {v}");
        }
    }
    "anything".to_string()
}

fn short(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("{}…", text.chars().take(60).collect::<String>())
    } else {
        text
    }
}

/// The standard rubric walked with the schema: the schema, the problems, the keys and values.
fn walked() -> (Value, Vec<String>, Seen, Seen) {
    let schema = json(SCHEMA);
    let file = json(STANDARD);
    let (problems, keys, values) = {
        let mut walk = Walk::new(&schema);
        walk.check(At::new(&schema, "#"), &file, "");
        (walk.problems, walk.seen_keys, walk.seen_values)
    };
    (schema, problems, keys, values)
}

#[test]
fn every_key_kind_range_and_id_of_the_standard_rubric_is_in_the_schema() {
    let (_, problems, _, _) = walked();
    assert!(
        problems.is_empty(),
        "rubrics/schema.json misses what the Rust output writes (after a change to the standard \
         texts, `node scripts/rubric-schema-texts.mjs` rewrites their part):\n{}",
        problems.join("\n")
    );
}

/// Every object schema, wherever it stands, refuses keys it does not declare, and names only
/// declared keys as required.
#[test]
fn every_object_schema_is_closed() {
    fn visit(node: &Value, place: &str, problems: &mut Vec<String>) {
        match node {
            Value::Object(map) => {
                let is_object = map.get("type") == Some(&Value::String("object".into()))
                    || map.contains_key("properties");
                if is_object {
                    if map.get("additionalProperties") != Some(&Value::Bool(false)) {
                        problems.push(format!(
                            "{place}: an object schema without \"additionalProperties\": false"
                        ));
                    }
                    let props = map.get("properties").and_then(Value::as_object);
                    for name in map.get("required").and_then(Value::as_array).into_iter().flatten()
                    {
                        let name = name.as_str().unwrap_or_default();
                        if !props.is_some_and(|p| p.contains_key(name)) {
                            problems.push(format!(
                                "{place}: requires \"{name}\", which its properties do not declare"
                            ));
                        }
                    }
                }
                for (key, child) in map {
                    // The names under `properties` and `$defs` are names, not schemas' keywords.
                    visit(child, &format!("{place}/{key}"), problems);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    visit(child, &format!("{place}/{i}"), problems);
                }
            }
            _ => {}
        }
    }
    let schema = json(SCHEMA);
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let mut problems = Vec::new();
    visit(&schema, "#", &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The schema declares no key the Rust types do not have: a key the standard rubric never
/// writes must be one of these, which the Rust types leave out when empty or unused.
#[test]
fn the_schema_declares_no_key_that_rust_does_not_read() {
    let unwritten: BTreeSet<(&str, &str)> =
        [("#/$defs/sourceInfo", "link"), ("#/$defs/capabilityDef", "in_sentence")]
            .into_iter()
            .collect();
    let (schema, _, seen, _) = walked();
    let mut problems = Vec::new();
    for (place, keys) in &seen {
        let pointer = place.trim_start_matches('#');
        let declared = schema.pointer(&format!("{pointer}/properties")).and_then(Value::as_object);
        for key in declared.into_iter().flat_map(|p| p.keys()) {
            if !keys.contains(key) && !unwritten.contains(&(place.as_str(), key.as_str())) {
                problems.push(format!(
                    "{place}/properties/{key}: declared, but the standard rubric never has it"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn reads_as<T: DeserializeOwned>(value: &str) -> bool {
    serde_json::from_value::<T>(Value::String(value.to_string())).is_ok()
}

/// Every id an enum of the schema lists is one the Rust type reads; where the Rust type lists
/// all its values, the enum lists exactly those.
#[test]
fn every_enum_of_the_schema_holds_the_rust_ids() {
    fn ids<T: serde::Serialize>(all: &[T]) -> Vec<String> {
        all.iter()
            .map(|x| {
                serde_json::to_value(x)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            })
            .collect()
    }
    type Reads = fn(&str) -> bool;
    let enums: [(&str, Reads, Option<Vec<String>>); 15] = [
        ("factorId", reads_as::<FactorId>, Some(ids(&FactorId::ALL))),
        ("capability", reads_as::<Capability>, Some(ids(&Capability::ALL))),
        ("productStage", reads_as::<ProductStage>, Some(ids(&ProductStage::ALL))),
        ("trafficBand", reads_as::<TrafficBand>, Some(ids(&TrafficBand::ALL))),
        ("triggerId", reads_as::<TriggerId>, Some(ids(&TriggerId::ALL))),
        ("blockerId", reads_as::<BlockerId>, Some(ids(&BlockerId::ALL))),
        ("stack", reads_as::<Stack>, None),
        ("position", reads_as::<Position>, None),
        ("verdict", reads_as::<Verdict>, None),
        ("quadrant", reads_as::<Quadrant>, None),
        ("feature", reads_as::<Feature>, None),
        ("phaseId", reads_as::<PhaseId>, None),
        ("pitfallId", reads_as::<PitfallId>, None),
        ("adviceWhen", reads_as::<AdviceWhen>, None),
        ("matrixBasisName", reads_as::<MatrixBasis>, None),
    ];
    let schema = json(SCHEMA);
    let defs = schema["$defs"].as_object().expect("$defs");
    let listed: Vec<&str> = enums.iter().map(|(n, _, _)| *n).collect();
    for (name, def) in defs {
        if def.get("enum").is_some() {
            assert!(
                listed.contains(&name.as_str()),
                "#/$defs/{name}: an enum this test does not know; add its Rust type"
            );
        }
    }
    let (_, _, _, seen) = walked();
    for (name, reads, all) in &enums {
        let place = format!("#/$defs/{name}");
        let values: Vec<String> = defs
            .get(*name)
            .and_then(|d| d.get("enum"))
            .and_then(Value::as_array)
            .unwrap_or_else(|| panic!("{place}: no enum"))
            .iter()
            .map(|v| {
                v.as_str().unwrap_or_else(|| panic!("{place}: an id that is not text")).to_string()
            })
            .collect();
        for v in &values {
            assert!(reads(v), "{place}: \"{v}\" is not an id Rust reads");
        }
        if let Some(all) = all {
            assert_eq!(&values, all, "{place}: the enum and the Rust type list different ids");
        }
        let used = seen.get(&place).cloned().unwrap_or_default();
        assert!(!used.is_empty(), "{place}: the standard rubric never uses this enum");
    }
}

/// The test catches what it is for: a schema missing a key, an id or a required name fails with
/// the JSON path of the value.
#[test]
fn a_schema_that_misses_something_is_named_by_the_path() {
    let file = json(STANDARD);
    let problems_with = |edit: &dyn Fn(&mut Value)| {
        let mut schema = json(SCHEMA);
        edit(&mut schema);
        let mut walk = Walk::new(&schema);
        walk.check(At::new(&schema, "#"), &file, "");
        walk.problems.join("\n")
    };
    let said = problems_with(&|s| {
        s["$defs"]["thresholds"]["properties"]
            .as_object_mut()
            .expect("properties")
            .remove("small_team_below");
    });
    assert!(said.contains("catalogue.thresholds.small_team_below: the schema at #/$defs/thresholds does not declare the key"), "{said}");
    let said = problems_with(&|s| {
        s["$defs"]["blockerId"]["enum"].as_array_mut().expect("enum").retain(|v| v != "SmallTeam");
    });
    assert!(
        said.contains(
            "catalogue.blockers[0].id: \"SmallTeam\" is missing from the enum at #/$defs/blockerId"
        ),
        "{said}"
    );
    let said = problems_with(&|s| {
        s["$defs"]["sourceInfo"]["required"]
            .as_array_mut()
            .expect("required")
            .push(Value::String("link".into()));
    });
    assert!(
        said.contains("catalogue.sources[0]: the schema at #/$defs/sourceInfo requires \"link\""),
        "{said}"
    );
    let said = problems_with(&|s| {
        s["$defs"]["share"]["maximum"] = Value::from(0.5);
    });
    assert!(
        said.contains("catalogue.factors[0].options[2].need: 1 is outside the range"),
        "{said}"
    );
}
