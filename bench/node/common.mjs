/* What the Node peer programs share: a yield is one setImmediate turn (as
 * asyncio.sleep(0) is one loop iteration), a sleep is a setTimeout. */
export const sleep0 = () => new Promise((resolve) => setImmediate(resolve));
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const arg = (i, def) => (process.argv.length > i + 1 ? Number(process.argv[i + 1]) : def);
export const now = () => performance.now() / 1000;
export function result(pairs) {
  process.stdout.write('RESULT ' + Object.entries(pairs).map(([k, v]) => `${k}=${v}`).join(' ') + '\n');
}
export function quantile(values, q) {
  const v = Float64Array.from(values).sort();
  const k = Math.min(v.length, Math.max(1, Math.ceil(q * v.length - 1e-6)));
  return v[k - 1];
}
