// python-text.js -- the lesson's Python as the learner sees and runs it,
// for <casyncio-lesson editable>: program.py without the set-up lines of
// ours, and the factorial lesson's input put in front of the learner's
// code.  The page (app.js) and the element both use them.

/**
 * The chapter's program: program.py without the lines of ours between the
 * "# --- casyncio only" marker and the next "# ---" rule, with at most two
 * blank lines left where they were.  Text without the marker is unchanged.
 */
export function stripSetup(source) {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => /^# --- casyncio only/.test(l));
  if (start < 0) return lines.join('\n');
  let end = start + 1;
  while (end < lines.length && !/^# -{3,}\s*$/.test(lines[end])) end++;
  if (end >= lines.length) return lines.join('\n'); // no closing rule: show it all
  lines.splice(start, end - start + 1);
  let a = start;
  let b = start;
  while (a > 0 && lines[a - 1].trim() === '') a--;
  while (b < lines.length && lines[b].trim() === '') b++;
  lines.splice(a, b - a, ...Array(Math.min(2, b - a)).fill(''));
  return lines.join('\n');
}

/**
 * The program the interpreter runs: the learner's code, with the factorial
 * lesson's input as Python assignments put on its first line when that line
 * is blank or a comment (so line numbers stay the learner's), or else on a
 * line of their own above it (shift 1: tracebacks are renumbered on show).
 */
export function withInput(code, input) {
  if (!input) return { source: code, shift: 0 };
  const setup = `numbers = ${JSON.stringify(input.numbers)}; collect = ${JSON.stringify(input.collect)}`;
  const nl = code.indexOf('\n');
  const first = nl < 0 ? code : code.slice(0, nl);
  if (/^\s*(#.*)?$/.test(first)) {
    const rest = nl < 0 ? '' : code.slice(nl);
    return { source: `${setup}${first.trim() ? '  ' + first.trim() : ''}${rest}`, shift: 0 };
  }
  return { source: `${setup}\n${code}`, shift: 1 };
}
