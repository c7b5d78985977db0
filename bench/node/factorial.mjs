// (e) The factorial exercise in Node: tutorials/factorial/program.py with
// async functions, a sleep being setTimeout(100).  Input from
// CASYNCIO_INPUT as in the tutorial; the default is [5, 7, 3, 6].
// usage: factorial.mjs reps  ->  RESULT wall_s=...
import { arg, now, result, sleep } from './common.mjs';

const config = JSON.parse(process.env.CASYNCIO_INPUT || '{}');
const numbers = config.numbers ?? [5, 7, 3, 6];
const lines = [];
const print = (...a) => lines.push(a.join(' '));

async function factorial(number) {
  print('factorial - calculating', number);
  let result = 1n;
  for (let i = 1n; i <= BigInt(number); i++) {
    await sleep(100);
    result *= i;
  }
  print('factorial -', number, '! =', result);
  return [number, result];
}

async function calculateFactorials(nums) {
  print('calculate_factorials - starting');
  const tasks = nums.map((n) => factorial(n));
  const results = await Promise.all(tasks);
  print('calculate_factorials - results:', `[${results.map(([, v]) => v).join(', ')}]`);
}

const reps = arg(1, 1);
for (let r = 0; r < reps; r++) {
  lines.length = 0;
  const t0 = now();
  print('Main - Starting');
  await calculateFactorials(numbers);
  print('Main - Done');
  result({ wall_s: now() - t0 });
}
