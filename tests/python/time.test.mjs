// time.test.mjs -- time's dates and time zones (python/timemod.c, python/strftime.c)
// against CPython 3.11 run now, under several time zones (TZ), natively
// (build/native/casyncio-python) and in wasm (web/cli.cjs, the package's
// bin: `npx casyncio run`), where the zone comes from Node's Date and Intl:
//
// - strftime.c's formatting against glibc's strftime, random formats and
//   dates (build/native/strftime_test, tests/python/strftime_test.c);
// - tests/python/time/zones.py (localtime, mktime, ctime, strftime around
//   the changes of offset of 2026) prints what CPython prints;
// - the asyncio docs' first example (tests/python/time/docs_say_after.py,
//   `time.strftime('%X')` before and after three seconds of sleeps), run
//   at the same moment as CPython on the real clock, prints CPython's lines,
//   the times equal but where the two runs straddle a second boundary (one
//   second apart then); under --clock virtual too, without the wait.
//
//   node --test tests/python/time.test.mjs     (make test-python builds what it runs)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, cleanEnv, pythonExe } from './corpus.mjs';

const bin = join(root, 'build', 'native', 'casyncio-python');
const strftimeTest = join(root, 'build', 'native', 'strftime_test');
const cli = join(root, 'web', 'cli.cjs');
const dir = join(root, 'tests', 'python', 'time');
const zones = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];
const runners = {
  native: existsSync(bin) ? (file, clock) => [bin, ['--clock', clock, file]] : null,
  wasm: existsSync(join(root, 'dist', 'python.wasm')) ? (file, clock) => [process.execPath, [cli, 'run', file, '--clock', clock]] : null,
};

/** Runs a command; resolves with { out, err, status, ms }. */
function run(cmd, args, env) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: dir, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (status) => resolve({ out, err, status, ms: performance.now() - t0 }));
  });
}

for (const tz of ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney']) {
  test(`strftime.c formats as glibc's strftime (TZ=${tz})`, { skip: !existsSync(strftimeTest) && 'make build/native/strftime_test' }, () => {
    const r = spawnSync(strftimeTest, ['200000'], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^ok: 200000 formats\n$/);
  });
}

for (const [name, argv] of Object.entries(runners)) {
  for (const tz of zones) {
    test(`zones.py under TZ=${tz}: ${name} prints what CPython prints`, { skip: !argv && `no ${name} build` }, async () => {
      const [want, got] = await Promise.all([run(pythonExe(), ['zones.py'], { TZ: tz }), run(...argv('zones.py', 'real'), { TZ: tz })]);
      assert.equal(want.status, 0, want.err);
      assert.equal(got.err, '');
      assert.equal(got.out, want.out);
      assert.equal(got.status, 0);
    });
  }
}

const TIME = /(\d\d):(\d\d):(\d\d)/;
const seconds = (line) => {
  const m = TIME.exec(line);
  return m ? +m[1] * 3600 + +m[2] * 60 + +m[3] : null;
};

for (const [name, argv] of Object.entries(runners)) {
  for (const clock of ['real', 'virtual']) {
    test(`the asyncio docs' say_after example: ${name}, --clock ${clock}, beside CPython started at the same moment`,
      { skip: !argv && `no ${name} build` }, async () => {
        const env = { TZ: 'America/New_York' }; // %X is local time: not the machine's UTC
        const [want, got] = await Promise.all([run(pythonExe(), ['docs_say_after.py'], env),
          run(...argv('docs_say_after.py', clock), env)]);
        assert.equal(want.status, 0, want.err);
        assert.equal(got.status, 0, got.err);
        assert.equal(got.err, '');
        const w = want.out.split('\n');
        const g = got.out.split('\n');
        assert.equal(g.length, 5, got.out);
        assert.deepEqual(g.map((l) => l.replace(TIME, 'HH:MM:SS')), w.map((l) => l.replace(TIME, 'HH:MM:SS')));
        assert.deepEqual([g[0].replace(TIME, ''), g[1], g[2], g[3].replace(TIME, '')], ['started at ', 'hello', 'world', 'finished at ']);
        for (const i of [0, 3]) {
          // equal, or one second apart where the two runs straddle a second's boundary
          const d = (seconds(g[i]) - seconds(w[i]) + 86400) % 86400;
          assert.ok(d === 0 || d === 1 || d === 86399, `${g[i]} against CPython's ${w[i]}`);
        }
        const took = (seconds(g[3]) - seconds(g[0]) + 86400) % 86400;
        assert.ok(took === 3 || took === 4, `three seconds of sleeps: ${g[0]} to ${g[3]}`);
        if (clock === 'virtual') assert.ok(got.ms < 2500, `the virtual clock jumps over the sleeps (${Math.round(got.ms)} ms)`);
        else assert.ok(got.ms >= 3000, `the real clock waits (${Math.round(got.ms)} ms)`);
      });
  }
}
