// build.mjs -- assembles the static site and JS package in dist/: the page,
// the JS API, the wasm module, the lessons' sources and texts.  Everything
// in dist/ uses relative URLs, so the folder can be copied to any static
// host.  Run by `make site` (after the wasm build).
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

async function exists(p) { try { await stat(p); return true; } catch { return false; } }

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

// The page and the JS API: every file of web/ but the build tooling.
for (const name of await readdir(join(root, 'web'))) {
  if (name === 'build.mjs' || name === 'serve.mjs' || name === 'cli.mjs' || name === 'cli.cjs' || name === 'cli-main.cjs') continue;
  await cp(join(root, 'web', name), join(dist, name), { recursive: true });
}
// The wasm module and its loader.
for (const name of ['casyncio.mjs', 'casyncio.wasm']) await cp(join(root, 'build', 'wasm', name), join(dist, name));
// The Python interpreter's module (web/casyncio.js's runPython loads it on
// first use only; a lesson's page never downloads it).
for (const name of ['python.mjs', 'python.wasm']) {
  if (await exists(join(root, 'build', 'wasm', name))) await cp(join(root, 'build', 'wasm', name), join(dist, name));
}
// The library modules written in Python that python.wasm does not carry
// (json, collections, ...): read or fetched from pylib/ beside it when a
// program imports them (python/python.mk's PYLIB).
if (await exists(join(root, 'build', 'wasm', 'pylib'))) await cp(join(root, 'build', 'wasm', 'pylib'), join(dist, 'pylib'), { recursive: true });
// What a page downloads to run a lesson, minified: the JS API and the loader
// (Emscripten does not rename locals without Closure); and runPython's part
// of the API, which only a Python run loads.  web/ keeps the source.
const { minify } = await import('terser');
for (const name of ['casyncio.js', 'casyncio-python.js', 'casyncio.mjs', 'python.mjs']) {
  if (!(await exists(join(dist, name)))) continue;
  const file = join(dist, name);
  const out = await minify(await readFile(file, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  await writeFile(file, out.code);
}

// The `casyncio` command's copies of the JS API and the wasm modules'
// loaders, as CommonJS (dist/casyncio.cjs; python.cjs and lessons.cjs, of
// python.mjs and casyncio.mjs): the command is a CommonJS script
// (web/cli.cjs), and an ES module would start Node's ESM loader, some 14 M
// instructions before a program's first line.  Each edit must match as many
// times as said, or the build stops: a changed casyncio.js or Emscripten
// loader needs this list changed too.
function commonJs(name, code, edits) {
  for (const [from, to, count] of edits) {
    const found = code.split(from).length - 1;
    if (found !== count) throw new Error(`build: ${name}: ${JSON.stringify(from)} found ${found} times, not ${count}: update web/build.mjs's CommonJS copy`);
    code = code.replaceAll(from, to);
  }
  const exported = [];
  code = code.replace(/^export (async )?function (\w+)/gm, (m, async, fn) => { exported.push(fn); return `${async ?? ''}function ${fn}`; });
  if (exported.length) code += `\nmodule.exports = { ${exported.join(', ')} };\n`;
  const left = /\bimport\.meta\b|\bimport\(|^export\b/m.exec(code);
  if (left) throw new Error(`build: ${name}: "${left[0]}" left in the CommonJS copy: update web/build.mjs's CommonJS copy`);
  return code;
}
/* casyncio-python.js, runPython's part of the API, is in the same file as
 * the rest (one file to load; the command's start-up is measured): its
 * code, its exports returned by a function of its own scope. */
const pythonPart = (await readFile(join(root, 'web', 'casyncio-python.js'), 'utf8')).replace(/^export (async )?function/gm, '$1function');
const cjs = {
  'casyncio.cjs': commonJs('casyncio.js', (await readFile(join(root, 'web', 'casyncio.js'), 'utf8'))
    + `\nconst pythonPart = (() => {\n${pythonPart}\nreturn { startPython };\n})();\n`, [
    ['const HERE = import.meta.url;', "const HERE = require('node:url').pathToFileURL(__filename).href;", 1],
    ["await import('node:fs')", "require('node:fs')", 1],
    ["await import('node:fs/promises')", "require('node:fs/promises')", 1],
    ["import('./python.mjs')", "Promise.resolve().then(() => require('./python.cjs'))", 1],
    ["import('./casyncio.mjs')", "Promise.resolve().then(() => require('./lessons.cjs'))", 1],
    ["import('./casyncio-python.js')", 'Promise.resolve(pythonPart)', 1],
  ]),
};
/* as Emscripten's own CommonJS loader: the wasm file's path (which only a
 * run without instantiateWasm would read) */
const loaderEdits = (fn, wasm) => [
  ['var _scriptDir = import.meta.url;', 'var _scriptDir = __filename;', 1],
  [`new URL("${wasm}",import.meta.url).toString()`, `locateFile("${wasm}")`, 1],
  [`export default ${fn};`, `exports.default = ${fn};`, 1],
];
for (const [mjs, name, fn, wasm] of [['python.mjs', 'python.cjs', 'createPython', 'python.wasm'], ['casyncio.mjs', 'lessons.cjs', 'createCasyncio', 'casyncio.wasm']]) {
  if (await exists(join(root, 'build', 'wasm', mjs))) cjs[name] = commonJs(mjs, await readFile(join(root, 'build', 'wasm', mjs), 'utf8'), loaderEdits(fn, wasm));
}
for (const [name, code] of Object.entries(cjs)) {
  const out = await minify(code, { module: false, toplevel: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  await writeFile(join(dist, name), out.code);
}

// The lessons: C source, Python twin and explanation, served as text.
const lessonsDir = join(root, 'tutorials');
for (const id of await readdir(lessonsDir)) {
  const dir = join(lessonsDir, id);
  if (!(await stat(dir)).isDirectory()) continue;
  await mkdir(join(dist, 'lessons', id), { recursive: true });
  for (const f of ['lesson.c', 'program.py', 'README.md', 'skeleton.py', 'solution.py']) {
    if (await exists(join(dir, f))) await cp(join(dir, f), join(dist, 'lessons', id, f));
  }
}
if (await exists(join(lessonsDir, 'lessons.json'))) await cp(join(lessonsDir, 'lessons.json'), join(dist, 'lessons', 'lessons.json'));

// Syntax highlighting, served locally from the npm package.
const hljs = join(root, 'node_modules', '@highlightjs', 'cdn-assets');
if (await exists(hljs)) {
  await mkdir(join(dist, 'vendor', 'highlight'), { recursive: true });
  for (const f of ['es/highlight.min.js', 'es/languages/c.min.js', 'es/languages/python.min.js', 'styles/github.min.css', 'styles/github-dark.min.css', 'LICENSE']) {
    if (await exists(join(hljs, f))) await cp(join(hljs, f), join(dist, 'vendor', 'highlight', f.split('/').pop()));
  }
}

// The Python editor (CodeJar: one ES module, no stylesheet), minified; the
// page highlights its text with the highlight.js above.
const codejar = join(root, 'node_modules', 'codejar');
if (await exists(join(codejar, 'dist', 'codejar.js'))) {
  await mkdir(join(dist, 'vendor', 'codejar'), { recursive: true });
  const src = await readFile(join(codejar, 'dist', 'codejar.js'), 'utf8');
  const out = await minify(src, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  await writeFile(join(dist, 'vendor', 'codejar', 'codejar.js'), out.code);
  await cp(join(codejar, 'LICENSE'), join(dist, 'vendor', 'codejar', 'LICENSE'));
}
console.log('site: dist/ is ready');
