// serve.test.mjs -- the static server (web/serve.mjs) under malformed and
// hostile requests, sent as raw bytes over node:net: each gets a 4xx and the
// server goes on; nothing outside the served folder is ever read, whether
// by "..", an escaped "..", a backslash, a NUL or a symlink; and the
// headers of a good response (CSP, frame-ancestors, CORS, MIME) hold.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, CSP, CSP_EMBED } from '../../web/serve.mjs';

const SECRET = 'SECRET-OUTSIDE-THE-ROOT';
let dir;
let server;

before(async () => {
  // dir/secret.txt and dir/outside/ are outside the root dir/site/.
  dir = mkdtempSync(join(tmpdir(), 'casyncio-serve-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'sub'), { recursive: true });
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'outside', 'secret.txt'), SECRET);
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>index</title>');
  writeFileSync(join(site, 'embed.html'), '<!doctype html><title>embed</title>');
  writeFileSync(join(site, 'casyncio.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  writeFileSync(join(site, 'sub', 'index.html'), 'sub index');
  writeFileSync(join(site, '.hidden'), SECRET);
  symlinkSync(join(dir, 'secret.txt'), join(site, 'out.txt'));
  symlinkSync(join(dir, 'outside'), join(site, 'outdir'));
  symlinkSync('../secret.txt', join(site, 'sub', 'up.txt'));
  symlinkSync(join(site, 'index.html'), join(site, 'in.html'));
  server = await serve({ port: 0, root: site });
});

after(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends raw bytes; resolves to { status, headers, body } once the server closes. */
function raw(bytes) {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    const chunks = [];
    const timer = setTimeout(() => { socket.destroy(); reject(new Error(`no answer to ${JSON.stringify(String(bytes).slice(0, 80))}`)); }, 5000);
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = {};
      for (const l of lines) {
        const i = l.indexOf(':');
        headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  });
}

const get = (target, method = 'GET') => raw(`${method} ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);

async function assertStillServing() {
  const r = await get('/');
  assert.equal(r.status, 200);
  assert.match(r.body, /<title>index<\/title>/);
}

test('malformed request targets get a 400 and the server goes on', async () => {
  for (const target of [
    'http://[', 'http://a:99999/', 'https://%zz/', 'http://', 'ftp://x/', '*', 'index.html', 'foo',
    '/%zz', '/%', '/a%e9', '/%C0%AF', '/x#frag', '/\xff\xfe', '/caf\xc3\xa9', '/a\x7fb',
  ]) {
    const r = await get(target);
    assert.equal(r.status, 400, `${JSON.stringify(target)}: ${r.status} ${r.body}`);
    assert.ok(!r.body.includes(SECRET));
    await assertStillServing();
  }
});

test('requests the HTTP parser refuses (odd bytes, garbage, huge) get a 4xx and the server goes on', async () => {
  for (const [bytes, status] of [
    ['GET /a\x01b HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['GET /a b HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['\x00\x01\x02\x03\r\n\r\n', 400],
    ['GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', 400],
    ['GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n', 400],
    [`GET /${'a'.repeat(20000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
  ]) {
    const r = await raw(bytes);
    assert.equal(r.status, status, `${JSON.stringify(bytes.slice(0, 60))}: ${r.status}`);
    await assertStillServing();
  }
});

test('an over-long request target gets a 414', async () => {
  const r = await get('/' + 'a'.repeat(3000));
  assert.equal(r.status, 414);
  assert.match(r.body, /over 2048 bytes/);
  await assertStillServing();
});

test('a path starting with // is not read as a host', async () => {
  for (const target of ['//embed.html', '//127.0.0.1/embed.html', '//x', '/sub//index.html']) {
    const r = await get(target);
    assert.equal(r.status, 400, `${target}: ${r.status}`);
    assert.match(r.body, /empty segment/);
  }
});

test('path traversal, plain or escaped, with backslashes or NUL, is refused', async () => {
  for (const target of [
    '/../secret.txt', '/sub/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2e/secret.txt', '/.%2e/secret.txt',
    '/%2e%2e%2fsecret.txt', '/sub/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/..\\secret.txt', '/sub\\..\\..\\secret.txt',
    '/index.html%00.png', '/%00', '/./index.html', '/%2e/index.html', '/sub/%2e%2e/index.html',
    'http://x/../secret.txt', 'http://x/%2e%2e/%2e%2e/secret.txt', 'http://x/..%5c..%5csecret.txt',
  ]) {
    const r = await get(target);
    assert.ok(r.status === 400 || r.status === 404, `${target}: ${r.status}`);
    assert.ok(!r.body.includes(SECRET), `${target} leaked the file outside the root`);
  }
  await assertStillServing();
});

test('a symlink inside the served folder is never followed outside it', async () => {
  for (const target of ['/out.txt', '/outdir/secret.txt', '/outdir/', '/sub/up.txt', '/.hidden']) {
    const r = await get(target);
    assert.equal(r.status, 404, `${target}: ${r.status}`);
    assert.ok(!r.body.includes(SECRET));
  }
  // A symlink to a file inside the root is fine.
  const r = await get('/in.html');
  assert.equal(r.status, 200);
  assert.match(r.body, /<title>index<\/title>/);
});

test('good requests keep their headers: CSP, frame-ancestors, CORS, MIME', async () => {
  let r = await get('/');
  assert.equal(r.headers['content-security-policy'], CSP);
  assert.match(CSP, /frame-ancestors 'self'/);
  assert.equal(r.headers['access-control-allow-origin'], '*');
  assert.equal(r.headers['cross-origin-resource-policy'], 'cross-origin');
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  r = await get('/embed.html?lesson=gather&allow=x');
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-security-policy'], CSP_EMBED);
  assert.match(CSP_EMBED, /frame-ancestors \*/);
  r = await get('http://example.org/embed.html');
  assert.equal(r.headers['content-security-policy'], CSP_EMBED);
  r = await get('/casyncio.wasm');
  assert.equal(r.headers['content-type'], 'application/wasm');
  assert.equal(r.headers['content-length'], '8');
  r = await get('/sub/');
  assert.equal(r.body, 'sub index');
  r = await get('/sub');
  assert.equal(r.body, 'sub index');
  r = await get('/embed.html', 'HEAD');
  assert.equal(r.status, 200);
  assert.equal(r.body, '');
  r = await get('/missing.html');
  assert.equal(r.status, 404);
  assert.equal(r.headers['content-security-policy'], CSP);
  r = await raw('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  assert.equal(r.status, 405);
  assert.equal(r.headers.allow, 'GET, HEAD');
});

test('many requests on one kept-alive connection, one of them malformed', async () => {
  const r = await raw('GET / HTTP/1.1\r\nHost: x\r\n\r\nGET http://[ HTTP/1.1\r\nHost: x\r\n\r\n');
  assert.equal(r.status, 200);
  assert.match(r.body, /HTTP\/1\.1 400/);
  await assertStillServing();
});
