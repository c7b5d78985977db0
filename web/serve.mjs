#!/usr/bin/env node
// serve.mjs -- a tiny static file server for the built site in dist/
// (node:http only).  It serves files with the right MIME types (wasm as
// application/wasm, so streaming compilation works) and a strict
// Content-Security-Policy: no inline scripts or styles, no eval (only
// 'wasm-unsafe-eval', which WebAssembly needs), nothing from other origins.
//
//   node web/serve.mjs [--port 8000] [--root dist]
//
// As a module: `serve({ port: 0, root })` resolves to { url, close } (port 0
// picks a free port; used by the browser tests).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const DEFAULT_ROOT = join(HERE, '..', 'dist');

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
  res.writeHead(code, baseHeaders({ 'Content-Type': 'text/plain; charset=utf-8' }));
  res.end(text + '\n');
}

/** Maps a request path to a file under root, or null if it escapes root. */
function resolvePath(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = resolve(root, '.' + (path.endsWith('/') ? path + 'index.html' : path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

/**
 * Starts the server.  Resolves to { url, port, close() }.
 * @param {{port?: number, root?: string, host?: string}} [options]
 */
export function serve({ port = 8000, root = DEFAULT_ROOT, host = '127.0.0.1' } = {}) {
  const absRoot = resolve(root);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, 'method not allowed');
    }
    let file = resolvePath(absRoot, new URL(req.url, 'http://localhost').pathname);
    if (!file) return sendError(res, 400, 'bad path');
    let info;
    try {
      info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
    } catch {
      return sendError(res, 404, 'not found');
    }
    res.writeHead(200, baseHeaders({
      ...(file.endsWith(`${sep}embed.html`) ? { 'Content-Security-Policy': CSP_EMBED } : {}),
      'Content-Type': MIME[extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': info.size,
    }));
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
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
