#!/usr/bin/env node
// serve.mjs -- a small static file server for the built site in dist/
// (node:http only).  It serves files with the right MIME types (wasm as
// application/wasm, so streaming compilation works) and a strict
// Content-Security-Policy: no inline scripts or styles, no eval (only
// 'wasm-unsafe-eval', which WebAssembly needs), nothing from other origins.
//
//   node web/serve.mjs [--port 8000] [--root dist]
//
// As a module: `serve({ port: 0, root })` resolves to { url, close } (port 0
// picks a free port; used by the browser tests).
//
// Requests are read strictly, and anything odd is refused rather than
// repaired: a request target that is not "/path[?query]" (or an absolute
// http(s) URL, which HTTP/1.1 servers must accept) is a 400; so is a path
// with an empty, "." or ".." segment, a malformed %-escape, or a decoded
// byte that is a control character, "/" or "\" (so "//host", "/../",
// "%2e%2e" and "..%5c" never reach the file system).  Names starting with
// "." are not served.  A file is served only if its real path (symlinks
// resolved) is inside the root.  Whatever happens inside a request, the
// server answers it and goes on.
//
// Why not a static-file library (send, sirv, serve-handler)?  The package
// has no runtime dependency and this is a development server; each library
// would still need its hooks for the per-file CSP and the CORS headers, and
// send and sirv follow symlinks out of the root.  tests/js/serve.test.mjs
// sends malformed and hostile requests over raw sockets.
import { createServer } from 'node:http';
import { open, realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_ROOT = join(HERE, '..', 'dist');

/** The longest request target accepted (longer ones get 414). */
export const TARGET_MAX = 2048;

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

/* embed.html is made to be framed by other sites' course pages. */
export const CSP_EMBED = CSP.replace("frame-ancestors 'self'", 'frame-ancestors *');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.c': 'text/plain; charset=utf-8',
  '.h': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers every response carries. */
function baseHeaders(extra = {}) {
  return {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
    /* Everything here is public and static: a course page on another
     * origin may load the element, the wasm and the lesson sources. */
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    ...extra,
  };
}

function sendError(res, code, text) {
  if (res.headersSent) { res.destroy(); return; }
  // After a malformed request the connection is not trusted further.
  const close = code === 400 || code === 414 || code === 500 ? { Connection: 'close' } : {};
  res.writeHead(code, baseHeaders({ 'Content-Type': 'text/plain; charset=utf-8', ...close }));
  res.end(text + '\n');
}

/**
 * The path segments a request target names, decoded, or { status, error }.
 * A trailing "/" gives a last segment of "" (a directory's index.html).
 */
export function parseTarget(target) {
  if (typeof target !== 'string' || target.length === 0) return { status: 400, error: 'empty request target' };
  if (target.length > TARGET_MAX) return { status: 414, error: `the request target is over ${TARGET_MAX} bytes` };
  // Printable ASCII only: Node's parser lets some bytes through that no
  // browser sends unescaped.
  if (!/^[\x21-\x7e]+$/.test(target)) return { status: 400, error: 'the request target has a byte that must be %-escaped' };
  let path = target;
  if (!target.startsWith('/')) {
    // Absolute form (RFC 9112 3.2.2); its host is ignored.
    if (!/^https?:\/\//i.test(target)) return { status: 400, error: 'the request target must be a path starting with "/"' };
    let url;
    try {
      url = new URL(target);
    } catch {
      return { status: 400, error: 'the request target is not a valid URL' };
    }
    path = url.pathname + url.search;
  }
  if (path.includes('#')) return { status: 400, error: 'a request target has no fragment (#)' };
  const q = path.indexOf('?');
  if (q >= 0) path = path.slice(0, q);
  const raw = path.slice(1).split('/');
  const segments = [];
  for (let i = 0; i < raw.length; i++) {
    let seg;
    try {
      seg = decodeURIComponent(raw[i]);
    } catch {
      return { status: 400, error: 'bad path: a malformed %-escape' };
    }
    const last = i === raw.length - 1;
    if (seg === '' && !last) return { status: 400, error: 'bad path: an empty segment ("//")' };
    if (seg === '.' || seg === '..') return { status: 400, error: 'bad path: "." and ".." segments are refused' };
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f/\\]/.test(seg)) return { status: 400, error: 'bad path: a segment holds a control character, "/" or "\\"' };
    segments.push(seg);
  }
  return { segments };
}

/**
 * Opens the file a request names, under root (a real path): resolves to
 * { fd, size, file }, or null when there is no such file inside root.
 */
async function openInside(root, segments) {
  if (segments.some((s) => s.startsWith('.'))) return null;
  let file = join(root, ...segments);
  if (segments.at(-1) === '') file = join(file, 'index.html');
  for (let attempt = 0; attempt < 2; attempt++) {
    let real;
    try {
      real = await realpath(file);
    } catch {
      return null;
    }
    if (!real.startsWith(root + sep)) return null;
    let handle;
    try {
      handle = await open(real, 'r');
      const info = await handle.stat();
      if (info.isFile()) return { handle, size: info.size, file: real };
      await handle.close();
      handle = null;
      if (!info.isDirectory() || attempt > 0) return null;
    } catch {
      await handle?.close().catch(() => {});
      return null;
    }
    file = join(real, 'index.html');
  }
  return null;
}

/**
 * Starts the server.  Resolves to { url, port, close() }.
 * @param {{port?: number, root?: string, host?: string}} [options]
 */
export async function serve({ port = 8000, root = DEFAULT_ROOT, host = '127.0.0.1' } = {}) {
  const realRoot = await realpath(resolve(root));
  const handle = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, 'method not allowed');
    }
    const target = parseTarget(req.url);
    if (target.error) return sendError(res, target.status, target.error);
    const found = await openInside(realRoot, target.segments);
    if (!found) return sendError(res, 404, 'not found');
    const name = found.file.slice(realRoot.length + 1);
    res.writeHead(200, baseHeaders({
      ...(name === 'embed.html' ? { 'Content-Security-Policy': CSP_EMBED } : {}),
      'Content-Type': MIME[extname(found.file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': found.size,
    }));
    if (req.method === 'HEAD') {
      await found.handle.close();
      return res.end();
    }
    // The stream closes the file when it ends or fails.
    found.handle.createReadStream().on('error', () => res.destroy()).pipe(res);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => sendError(res, 500, 'internal error'));
  });
  // A request Node's parser refuses (bad request line, bad header, too
  // large): a plain 400 (431 for headers over Node's limit), then close.
  server.on('clientError', (error, socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') { socket.destroy(); return; }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: 12\r\n\r\nbad request\n`);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

// Command line: node web/serve.mjs [--port N] [--root DIR]
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  let port = Number(process.env.PORT || 8000);
  let root = DEFAULT_ROOT;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--port' || a.startsWith('--port=')) {
      port = Number(a.includes('=') ? a.split('=')[1] : args[++i]);
    } else if (a === '--root' || a.startsWith('--root=')) {
      root = a.includes('=') ? a.slice(7) : args[++i];
    } else if (a === '-h' || a === '--help') {
      console.log('usage: node web/serve.mjs [--port 8000] [--root dist]   (PORT env var also works)');
      process.exit(0);
    } else {
      console.error(`serve: unknown argument "${a}" (accepted: --port N, --root DIR)`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('serve: --port must be a whole number from 0 to 65535');
    process.exit(2);
  }
  try {
    await stat(join(root, 'index.html'));
  } catch {
    console.error(`serve: ${join(root, 'index.html')} is missing; build the site first (make site)`);
    process.exit(1);
  }
  const { url } = await serve({ port, root });
  console.log(`casyncio tutorial: ${url}`);
}
