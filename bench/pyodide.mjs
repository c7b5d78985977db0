/**
 * pyodide.mjs -- runs one of bench/py/*.py under Pyodide in Node, the way
 * the CPython runs do: `node bench/pyodide.mjs <pyodide dir> file.py args...`
 * prints what the program prints (its RESULT lines included).
 *
 * Pyodide cannot run asyncio.run (its loop is the JS event loop: "WebAssembly
 * stack switching not supported"), so the program is loaded with a
 * __name__ other than '__main__' and its main() is awaited with
 * runPythonAsync.  `--program file.py` instead runs a whole program (the
 * factorial exercise), its top-level asyncio.run(x) turned into await x,
 * timed from here: RESULT wall_s=... per repetition.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, ...rest] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(join(dir, 'pyodide.mjs')).href);
const pyodide = await loadPyodide({
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
});
if (process.env.CASYNCIO_INPUT) {
  pyodide.runPython(`import os; os.environ['CASYNCIO_INPUT'] = ${JSON.stringify(process.env.CASYNCIO_INPUT)}`);
}

if (rest[0] === '--program') {
  const [, file, repsText] = rest;
  let source = await readFile(file, 'utf8');
  source = source.replace(/^asyncio\.run\((.*)\)\s*$/m, 'await $1');
  const reps = Number(repsText ?? 1);
  for (let r = 0; r < reps; r++) {
    const globals = pyodide.toPy({ __name__: '__main__' });
    const lines = [];
    pyodide.setStdout({ batched: (line) => lines.push(line) });
    const t0 = performance.now();
    await pyodide.runPythonAsync(source, { globals, filename: file });
    const wall = (performance.now() - t0) / 1000;
    pyodide.setStdout({ batched: (line) => process.stdout.write(line + '\n') });
    if (!lines.includes('Main - Done')) throw new Error('the program did not finish: ' + lines.join('\n'));
    process.stdout.write(`RESULT wall_s=${wall}\n`);
    globals.destroy();
  }
} else {
  const [file, ...args] = rest;
  pyodide.globals.get('__import__')('sys').argv = pyodide.toPy([file, ...args]);
  const globals = pyodide.toPy({ __name__: 'bench' });
  const heap = pyodide._module && pyodide._module.HEAPU8 ? () => pyodide._module.HEAPU8.length : () => process.memoryUsage().rss;
  globals.set('__bench_mem__', heap);
  await pyodide.runPythonAsync(await readFile(file, 'utf8'), { globals, filename: file });
  await pyodide.runPythonAsync('await main()', { globals });
  /* Pyodide's cancelled call_later handles may leave their JS timers behind. */
  process.exit(0);
}
