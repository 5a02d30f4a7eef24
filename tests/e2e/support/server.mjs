// A small static server for dist/ on loopback, optionally under a sub-path, as a static host or a
// wiki would serve the app. It serves files only: no directory listing, nothing outside the root.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`.
 * With `compress`, text and wasm are sent brotli- or gzip-compressed, as a real host would.
 * @param {{ root?: string, prefix?: string, headers?: Record<string,string>, compress?: boolean }} options
 * @returns {Promise<{ url: string, origin: string, requests: string[], close: () => Promise<void> }>}
 */
export async function serve({ root = 'dist', prefix = '/', headers = {}, compress = false } = {}) {
  const base = resolve(root);
  if (!prefix.endsWith('/')) prefix += '/';
  const requests = [];
  // Compressed once per file and encoding, as a host with precompressed files would.
  const compressed = new Map();

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not under the prefix');
      return;
    }
    let file = normalize(join(base, path.slice(prefix.length)));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const extra = {};
      const accepts = String(req.headers['accept-encoding'] ?? '');
      if (compress && !type.startsWith('image/png')) {
        const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
        if (encoding) {
          const key = `${encoding}:${file}`;
          if (!compressed.has(key)) {
            compressed.set(key, encoding === 'br'
              ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
              : gzipSync(body, { level: 9 }));
          }
          body = compressed.get(key);
          extra['content-encoding'] = encoding;
        }
        extra.vary = 'accept-encoding';
      }
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...extra, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });

  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: origin + prefix,
    origin,
    requests,
    // The browser keeps connections alive; drop them, or close() would wait for them forever.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
