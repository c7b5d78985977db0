// site.mjs -- the servers of the cross-browser suite.  dist/ is served by
// web/serve.mjs, with its real Content-Security-Policy, behind a small
// proxy that adds `report-uri /__csp-report` to every policy: each engine
// then posts any violation to the proxy, including those during a page's
// load and inside frames, where no probe of the test's can listen yet.
// The policy is otherwise unchanged (report-uri only reports).
//
// hostServer(html) serves one page on another origin, for the iframe route.
import { createServer, request } from 'node:http';

async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}/`;
}

function closer(server) {
  return () => new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** Serves root through the reporting proxy: { url, reports, close }. */
export async function startSite(root) {
  const { serve } = await import('../../web/serve.mjs');
  const upstream = await serve({ port: 0, root });
  const target = new URL(upstream.url);
  const reports = [];
  const proxy = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/__csp-report') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body;
        try { body = JSON.parse(text)['csp-report'] || JSON.parse(text); } catch { body = { raw: text }; }
        reports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    const up = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (ur) => {
      const headers = { ...ur.headers };
      const csp = headers['content-security-policy'];
      if (csp) headers['content-security-policy'] = `${csp}; report-uri /__csp-report`;
      res.writeHead(ur.statusCode, headers);
      ur.pipe(res);
    });
    up.on('error', (e) => { res.writeHead(502).end(String(e)); });
    req.pipe(up);
  });
  const url = await listen(proxy);
  const closeProxy = closer(proxy);
  return {
    url,
    reports,
    close: async () => { await closeProxy(); await upstream.close(); },
  };
}

/** Serves html at every path, on an origin of its own: { url, close }. */
export async function hostServer(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(typeof html === 'function' ? html(req) : html);
  });
  const url = await listen(server);
  return { url, close: closer(server) };
}
