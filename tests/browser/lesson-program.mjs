// lesson-program.mjs -- the factorial lesson starts from the exercise's
// skeleton (tutorials/factorial/skeleton.py; web/check-ui.js checks it).
// Tests of the lesson's own program (program.py, which reads the Input
// fields) put that program in the editor first, as a learner's kept edit:
// program.py without our set-up lines, as app.js's stripSetup shows it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The lessons whose editor starts from something else than program.py. */
export const STARTS_FROM_SKELETON = ['factorial'];

/** The localStorage key of a lesson's kept code (app.js's STORE_PREFIX). */
export const programKey = (id) => `casyncio:program:${id}`;

/** program.py of lesson id, without the "# --- casyncio only" block (as stripSetup). */
export function lessonProgram(id) {
  const lines = readFileSync(join(ROOT, 'tutorials', id, 'program.py'), 'utf8').split('\n');
  const start = lines.findIndex((l) => /^# --- casyncio only/.test(l));
  if (start < 0) return lines.join('\n');
  let end = start + 1;
  while (end < lines.length && !/^# -{3,}\s*$/.test(lines[end])) end++;
  lines.splice(start, end - start + 1);
  let a = start;
  let b = start;
  while (a > 0 && lines[a - 1].trim() === '') a--;
  while (b < lines.length && lines[b].trim() === '') b++;
  lines.splice(a, b - a, ...Array(Math.min(2, b - a)).fill(''));
  return lines.join('\n');
}
