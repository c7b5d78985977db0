// loadproof.mjs -- brings tests/python/corpus/LOADPROOF (the load check's
// kept verdicts: corpus.mjs, "KEPT VERDICTS") up to date.  It runs jitter.py on
// every corpus program that uses the clock and has no verdict kept for its
// current text (on all of them with --all, or on the programs named), keeps
// the verdicts of those found load-proof, drops those of programs gone or
// found load-sensitive, and prints the latter with the first difference.
//
//   node tests/python/loadproof.mjs [--all] [area | area/NAME ...]
//
// Exits 1 if a program was found load-sensitive (fix it: tests/python/
// README.md, "Adding a program"), 2 on bad usage.
import { JITTER, jitterCheck, listPrograms, loadProof, usesClock } from './corpus.mjs';

const args = process.argv.slice(2);
const all = args.includes('--all');
const names = args.filter((a) => a !== '--all');
const bad = names.find((a) => a.startsWith('-'));
if (bad) {
  console.error(`usage: node tests/python/loadproof.mjs [--all] [area | area/NAME ...]\n(unknown option ${bad})`);
  process.exit(2);
}
const timed = listPrograms().filter(usesClock);
const named = timed.filter((p) => !names.length || names.some((n) => p.id === n || p.area === n));
const unknown = names.filter((n) => !timed.some((p) => p.id === n || p.area === n));
if (unknown.length) {
  console.error(`not corpus programs that use the clock: ${unknown.join(', ')}`);
  process.exit(2);
}
const kept = loadProof.read();
for (const id of [...kept.keys()]) if (!timed.some((p) => p.id === id)) kept.delete(id);
const toCheck = named.filter((p) => all || names.length || kept.get(p.id) !== loadProof.hash(p));
console.log(`jitter.py (${JITTER.seeds} loaded runs each) on ${toCheck.length} of ${timed.length} programs that use the clock`);
const t0 = Date.now();
const results = await jitterCheck(toCheck, { jobs: Number(process.env.CORPUS_JOBS) || 2 });
let sensitive = 0;
for (const p of toCheck) {
  const why = results.get(p.id);
  if (why === null) {
    kept.set(p.id, loadProof.hash(p));
  } else {
    kept.delete(p.id);
    sensitive++;
    console.log(`differs ${p.id}: ${why}`);
  }
}
loadProof.write(kept);
console.log(`${toCheck.length - sensitive} load-proof, ${sensitive} not, in ${((Date.now() - t0) / 1000).toFixed(0)} s; ${kept.size} verdicts kept in tests/python/corpus/LOADPROOF`);
process.exit(sensitive ? 1 : 0);
