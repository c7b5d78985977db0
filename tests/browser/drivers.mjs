// drivers.mjs -- one small interface over the three engines, so that a
// browser test is written once and runs in Chromium, Firefox and WebKit:
//
//   Chromium: playwright-core and Debian's /usr/bin/chromium (chromium.mjs);
//   Firefox:  puppeteer-core over WebDriver BiDi and Debian's firefox-esr;
//   WebKit:   selenium-webdriver, Debian's WebKitWebDriver and WebKitGTK's
//             MiniBrowser (Safari's engine), on an Xvfb display of our own,
//             since MiniBrowser has no headless mode.
//
// `launch(engine)` resolves to a Session holding one page: goto, click,
// type, select, text, evaluate, waitFor, screenshot, problems, close.
// Selectors are CSS; "host >>> inner" reaches into an open shadow root.
// evaluate(fn, ...args) sends fn's source, so fn must be self-contained
// and return JSON-able data (a returned promise is awaited).
//
// Problems (console errors, uncaught errors, CSP violations) are collected
// in every engine by probes that evaluate() installs in each page after
// it loads (WebDriver classic exposes no console), plus what the driver
// reports itself where it can (Chromium's and Firefox's console).  A
// violation during the load, before the probe, is caught by the server
// side: site.mjs's proxy adds a report-uri to the policy.
//
// Every process is ours to stop: each browser gets a fresh profile in a
// temporary folder, close() stops the browser, the WebDriver server and
// Xvfb (whole process groups) and removes the folders, also when a test
// failed; if the test process itself exits first, an exit hook kills
// whatever is left.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';
const SETUP_HINT = 'run `make setup` (Debian: apt-get install firefox-esr webkit2gtk-driver xvfb)';

/* Process groups still to be killed, and profile folders still to be
 * removed, if the test process exits early. */
const groups = new Set();
const folders = new Set();
process.on('exit', () => {
  for (const pid of groups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ } }
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function tempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.add(dir);
  return dir;
}

function removeFolder(dir) {
  rmSync(dir, { recursive: true, force: true });
  folders.delete(dir);
}

/* Stops a process group: SIGTERM, SIGKILL after 3 s; then SIGKILL to
 * whatever of the group outlived its leader (a browser's helpers). */
function killGroup(child) {
  if (!child) return Promise.resolve();
  const sweep = () => {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* none left */ }
    groups.delete(child.pid);
  };
  if (child.exitCode !== null || child.signalCode !== null) {
    sweep();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(sweep, 3000);
    child.once('exit', () => { clearTimeout(timer); sweep(); resolve(); });
    try { process.kill(-child.pid, 'SIGTERM'); } catch { clearTimeout(timer); sweep(); resolve(); }
  });
}

/** Starts a program in a process group of its own, killed at exit if still running. */
function start(file, args, options = {}) {
  const child = spawn(file, args, { detached: true, ...options });
  groups.add(child.pid);
  child.once('exit', () => groups.delete(child.pid));
  return child;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/* The in-page probe: installed once per document by evaluate. */
function installProbe() {
  if (window.__probe) return;
  const probe = (window.__probe = { errors: [], csp: [] });
  document.addEventListener('securitypolicyviolation', (e) => probe.csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  addEventListener('error', (e) => probe.errors.push(`uncaught: ${e.message}`));
  addEventListener('unhandledrejection', (e) => probe.errors.push(`unhandled rejection: ${e.reason}`));
  const original = console.error;
  console.error = (...args) => { probe.errors.push(`console.error: ${args.map(String).join(' ')}`); original.apply(console, args); };
}

function takeProbe() {
  const p = window.__probe || { errors: [], csp: [] };
  const out = { errors: p.errors.splice(0), csp: p.csp.splice(0) };
  return out;
}

/* Splits "host >>> inner" into its two CSS selectors. */
function shadowParts(selector) {
  const parts = selector.split('>>>').map((s) => s.trim());
  assert.ok(parts.length <= 2, `one >>> at most: ${selector}`);
  return parts;
}

/**
 * What each engine provides: page-level primitives the Session builds on.
 * Each adapter has: version, goto(url), click(sel), type(sel, text),
 * select(sel, value), evaluate(fn, args), screenshot(path), close(),
 * and onProblem(fn) for what the driver itself reports.
 */
async function chromiumAdapter({ width, height }) {
  const browser = await launchChromium({ viewport: { width, height } });
  const page = browser.context.pages()[0] || await browser.context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const loc = (sel) => page.locator(shadowParts(sel).join(' '));   // Playwright's CSS pierces open shadow roots
  const ua = await page.evaluate(() => navigator.userAgent);
  return {
    version: `chromium ${(/Chrome\/([\d.]+)/.exec(ua) || [])[1]}`,
    problems,
    goto: (url) => page.goto(url).then(() => {}),
    click: (sel) => loc(sel).click(),
    type: (sel, text) => loc(sel).pressSequentially(text),
    select: (sel, value) => loc(sel).selectOption(value).then(() => {}),
    // A string is evaluated by the DevTools protocol, outside the page's CSP.
    evaluate: (fn, args) => page.evaluate(`(${fn})(...${JSON.stringify(args)})`),
    screenshot: (path) => page.screenshot({ path }).then(() => {}),
    close: () => browser.close(),
  };
}

async function firefoxAdapter({ width, height }) {
  assert.ok(existsSync(FIREFOX), `Firefox not found at ${FIREFOX}: ${SETUP_HINT}, or set FIREFOX_PATH`);
  let puppeteer;
  try {
    ({ default: puppeteer } = await import('puppeteer-core'));
  } catch {
    assert.fail('puppeteer-core is not installed: run npm install');
  }
  const userDataDir = tempFolder('casyncio-firefox-');
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi',
      userDataDir, defaultViewport: { width, height },
      // No network but 127.0.0.1: no update checks, telemetry or safe-browsing lists.
      extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'browser.safebrowsing.update.enabled': false },
    });
  } catch (error) {
    removeFolder(userDataDir);
    throw error;
  }
  const proc = browser.process();
  if (proc) groups.add(proc.pid);
  const pages = await browser.pages();
  const page = pages[0] || await browser.newPage();
  await page.setViewport({ width, height });   // defaultViewport misses the first tab
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const sel = (s) => shadowParts(s).join(' >>> ');   // Puppeteer's deep combinator
  return {
    version: await browser.version(),
    problems,
    goto: (url) => page.goto(url).then(() => {}),
    click: (s) => page.click(sel(s)),
    type: (s, text) => page.type(sel(s), text),
    select: (s, value) => page.select(sel(s), value).then(() => {}),
    evaluate: (fn, args) => page.evaluate(fn, ...args),
    screenshot: (path) => page.screenshot({ path }).then(() => {}),
    close: async () => {
      try {
        await browser.close();
      } finally {
        if (proc) await killGroup(proc);
        removeFolder(userDataDir);
      }
    },
  };
}

async function webkitAdapter({ width, height }) {
  for (const [what, path] of [['WebKitWebDriver', WEBKIT_DRIVER], ['MiniBrowser', MINIBROWSER], ['Xvfb', XVFB]]) {
    assert.ok(existsSync(path), `${what} not found at ${path}: ${SETUP_HINT}`);
  }
  let webdriver;
  try {
    webdriver = await import('selenium-webdriver');
  } catch {
    assert.fail('selenium-webdriver is not installed: run npm install');
  }
  const { Builder, By } = webdriver;
  const home = tempFolder('casyncio-webkit-');
  let xvfb;
  let server;
  let driver;
  const stop = async () => {
    try {
      if (driver) await driver.quit();
    } catch { /* the groups below are killed anyway */ }
    await killGroup(server);
    await killGroup(xvfb);
    removeFolder(home);
  };
  try {
    // Xvfb picks a free display and writes its number to fd 3.
    xvfb = start(XVFB, ['-displayfd', '3', '-screen', '0', `${width + 200}x${height + 300}x24`, '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    const display = await new Promise((resolve, reject) => {
      let text = '';
      xvfb.stdio[3].on('data', (d) => { text += d; if (text.includes('\n')) resolve(text.trim()); });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
    });
    const port = await freePort();
    // MiniBrowser inherits this environment: its data and cache go to home.
    const env = {
      ...process.env, DISPLAY: `:${display}`, HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache'),
      WAYLAND_DISPLAY: '',
    };
    server = start(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
    // Connect once the WebDriver server answers its status endpoint.
    const deadline = Date.now() + 10000;
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`);
        if (res.ok) break;
      } catch { /* not listening yet */ }
      if (server.exitCode !== null) throw new Error(`WebKitWebDriver exited (${server.exitCode})`);
      if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start within 10 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }).build();
    // The window's size includes MiniBrowser's toolbar: grow it by that much.
    await driver.manage().window().setRect({ x: 0, y: 0, width, height });
    const [dw, dh] = await driver.executeScript(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
    if (dw > 0 || dh > 0) await driver.manage().window().setRect({ x: 0, y: 0, width: width + dw, height: height + dh });
    await driver.manage().setTimeouts({ script: 30000, pageLoad: 30000 });
  } catch (error) {
    await stop();
    throw error;
  }
  const find = async (s) => {
    const [host, inner] = shadowParts(s);
    const el = await driver.findElement(By.css(host));
    return inner ? (await el.getShadowRoot()).findElement(By.css(inner)) : el;
  };
  const caps = await driver.getCapabilities();
  return {
    version: `${caps.get('browserName')} ${caps.get('browserVersion')} (WebKitGTK)`,
    problems: [],
    goto: (url) => driver.get(url),
    click: async (s) => (await find(s)).click(),
    // WebDriver types a literal "\n" as a character, not the Enter key that
    // playwright and puppeteer press for it (an editor listens for Enter).
    type: async (s, text) => (await find(s)).sendKeys(text.replace(/\n/g, webdriver.Key.ENTER)),
    select: async (s, value) => (await find(`${s} option[value="${value}"]`)).click(),
    evaluate: (fn, args) => driver.executeScript(fn, ...args),
    screenshot: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64')),
    close: stop,
  };
}

const ADAPTERS = { chromium: chromiumAdapter, firefox: firefoxAdapter, webkit: webkitAdapter };

/** One browser with one page, driven the same way in every engine. */
export class Session {
  constructor(engine, adapter) {
    this.engine = engine;
    this.version = adapter.version;
    this.a = adapter;
    this.found = { errors: [], csp: [] };
  }

  /** Runs fn(...args) in the page; resolves to its (awaited) JSON-able result. */
  async evaluate(fn, ...args) {
    return this.a.evaluate(fn, args);
  }

  /* Keeps the current document's probe findings before it goes away. */
  async harvest() {
    try {
      const got = await this.a.evaluate(takeProbe, []);
      if (got) {
        this.found.errors.push(...got.errors);
        this.found.csp.push(...got.csp);
      }
    } catch { /* no document yet, or it is gone */ }
  }

  /** Opens url and installs the probes; waits for ready (a CSS selector) if given. */
  async goto(url, ready) {
    await this.harvest();
    await this.a.goto(url);
    await this.a.evaluate(installProbe, []);
    if (ready) await this.waitForSelector(ready);
  }

  /**
   * Waits until fn(...args) returns something truthy in the page, and
   * resolves to it.  It is polled every `poll` ms, the same way in every
   * engine (WebDriver has no wait of its own).  Each poll is a script run
   * by the driver, which in WebKit costs the page frames: a test that
   * measures frames polls slowly.
   */
  async waitFor(fn, args = [], { timeout = 20000, message, poll = 25 } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this.a.evaluate(fn, args);
      if (last) return last;
      if (Date.now() > deadline) {
        assert.fail(`${this.engine}: timed out after ${timeout} ms waiting for ${message || fn.toString().slice(0, 200)}`);
      }
      await new Promise((r) => setTimeout(r, poll));
    }
  }

  /** Waits until a selector ("host >>> inner" allowed) matches an element. */
  waitForSelector(selector, options = {}) {
    return this.waitFor((s) => {
      const [host, inner] = s.split('>>>').map((x) => x.trim());
      const h = document.querySelector(host);
      return !!(h && (!inner || (h.shadowRoot && h.shadowRoot.querySelector(inner))));
    }, [selector], { message: selector, ...options });
  }

  /** The text of the first element matching selector. */
  text(selector) {
    return this.evaluate((s) => {
      const [host, inner] = s.split('>>>').map((x) => x.trim());
      const h = document.querySelector(host);
      const el = inner ? h && h.shadowRoot && h.shadowRoot.querySelector(inner) : h;
      return el ? el.textContent : null;
    }, selector);
  }

  /** The texts of all elements matching selector. */
  texts(selector) {
    return this.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent), selector);
  }

  /** A real click (the driver's input events), after the element is enabled. */
  async click(selector) {
    await this.a.click(selector);
  }

  /** Types text into a field with real key events; replace: clears it first. */
  async type(selector, text, { replace = false } = {}) {
    if (replace) await this.evaluate((s) => { document.querySelector(s).value = ''; }, selector);
    await this.a.type(selector, text);
  }

  /** Picks the option of value in a <select> as a user does. */
  select(selector, value) {
    return this.a.select(selector, value);
  }

  /** A PNG of the viewport. */
  screenshot(path) {
    return this.a.screenshot(path);
  }

  /**
   * Everything that went wrong so far: { errors, csp }, then cleared.
   * Includes the current page's probe and the driver's own reports.
   */
  async problems() {
    await this.harvest();
    const found = { errors: [...this.found.errors, ...this.a.problems.splice(0)], csp: this.found.csp };
    this.found = { errors: [], csp: [] };
    return found;
  }

  /** Stops every process of this browser and removes its profile. */
  close() {
    return this.a.close();
  }
}

/** Starts engine ('chromium', 'firefox' or 'webkit') with a fresh profile. */
export async function launch(engine, { width = 1280, height = 900 } = {}) {
  const adapter = ADAPTERS[engine];
  assert.ok(adapter, `unknown engine ${engine}: one of ${ENGINES.join(', ')}`);
  return new Session(engine, await adapter({ width, height }));
}
