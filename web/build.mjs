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
  if (name === 'build.mjs' || name === 'serve.mjs' || name === 'cli.mjs') continue;
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
// (Emscripten does not rename locals without Closure).  web/ keeps the source.
const { minify } = await import('terser');
for (const name of ['casyncio.js', 'casyncio.mjs', 'python.mjs']) {
  if (!(await exists(join(dist, name)))) continue;
  const file = join(dist, name);
  const out = await minify(await readFile(file, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  await writeFile(file, out.code);
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
