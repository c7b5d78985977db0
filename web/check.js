// check.js -- the exercise checker: runs a learner's solution to the
// chapter's exercise (34.8, concurrent factorials) through casyncio's
// Python interpreter under the virtual clock, on the chapter's input and on
// inputs the learner did not choose, and says what holds and what does not,
// with a hint for each typical mistake.  One implementation for the CLI
// (`casyncio check factorial solution.py`, web/cli.mjs) and the page
// (web/check-ui.js).  The report's JSON schema is docs/checking.md's.
//
// How the program is driven.  Run 1 is the program as `python3 solution.py`
// runs it: its own main() calls calculate_factorials([5, 7, 3, 6]).  The
// other runs give the program another __name__ (the interpreter's `name`
// option), so its `if __name__ == '__main__':` block stays out of the way,
// and append three lines that call calculate_factorials with the run's
// numbers.  The learner's lines keep their numbers in tracebacks; the
// appended lines come after them.
//
// What is judged comes from the event stream (docs/events.md) of the last
// asyncio.run of each run: timer_set + task_suspended("sleep") pairs are the
// awaited asyncio.sleep calls, per task; loop_blocked is time.sleep; the
// callbacks gather._done_callback and as_completed._on_completion show how
// results were collected; run_started..run_finished is the virtual time the
// whole batch took.  Values come from what the program printed (and what
// calculate_factorials returned): the interpreter prints exact integers.
//
// Hints and some details put code in `backticks`, as Markdown does: the
// page shows them as <code>, a terminal as they are.  Nothing here touches
// the DOM or Node's APIs: runPython is the caller's, or ./casyncio.js's.

/** The report's schema version (docs/checking.md). */
export const REPORT_VERSION = 1;

/** The exercises the checker knows. */
export const exercises = {
  factorial: {
    id: 'factorial',
    title: 'Concurrent factorials (chapter 34.8)',
    section: '34.8',
    /* The chapter's input first: run as the program's own main() runs it. */
    inputs: [[5, 7, 3, 6], [1], [0, 2], [10, 3], [25]],
  },
};

/* CPython 3.11's public asyncio names (dir(asyncio)), to tell a name
 * casyncio's Python lacks from a learner's typo. */
const CPYTHON_ASYNCIO = new Set(('ALL_COMPLETED AbstractEventLoop Barrier BaseEventLoop BoundedSemaphore BrokenBarrierError '
  + 'CancelledError Condition Event FIRST_COMPLETED FIRST_EXCEPTION Future Handle InvalidStateError LifoQueue Lock '
  + 'PriorityQueue Queue QueueEmpty QueueFull Runner Semaphore Server StreamReader StreamWriter Task TaskGroup Timeout '
  + 'TimeoutError TimerHandle all_tasks as_completed create_subprocess_exec create_subprocess_shell create_task '
  + 'current_task ensure_future gather get_event_loop get_running_loop iscoroutine iscoroutinefunction isfuture '
  + 'new_event_loop open_connection run run_coroutine_threadsafe set_event_loop shield sleep start_server timeout '
  + 'timeout_at to_thread wait wait_for wrap_future').split(' '));

const STEP_MS = 100;              // asyncio.sleep(0.1)
const SLACK_MS = 50;              // under one step: the virtual clock is exact
const VIRTUAL_LIMIT_MS = 60_000;  // a run still going after this is stopped
const WALL_LIMIT_MS = 20_000;     // also a computation that never awaits
const EVENT_LIMIT = 100_000;      // a run that prints or switches without end
const TEXT_LIMIT = 20_000;        // characters of stdout / stderr kept in the report
const DRIVER_NAME = 'casyncio_check';

const CHECKS = [
  ['runs', 'The program runs to the end'],
  ['awaited', 'Every coroutine is awaited'],
  ['values', 'The factorials are right (exact integers, 0! = 1)'],
  ['sleeps', 'Each step awaits asyncio.sleep(0.1)'],
  ['no_blocking', 'Nothing blocks the event loop'],
  ['concurrent', 'The factorials run at the same time'],
  ['collect', 'The results are collected with gather or as_completed'],
];

/** n! as a decimal string (exact, any size). */
export function factorialOf(n) {
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return r.toString();
}

/** 5, 7, 3 and 6 */
const and = (xs) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const seconds = (ms) => `${(ms / 1000).toFixed(ms % 100 === 0 ? 1 : 2)} s`;
const list = (xs) => `[${xs.join(', ')}]`;
/** "1 time", "4 times", "4, 6 and 1 times" */
const times = (ns) => `${and(ns)} time${ns.length === 1 && Number(ns[0]) === 1 ? '' : 's'}`;

/** The program with a call of calculate_factorials(numbers) appended. */
export function withDriver(source, numbers) {
  const body = source.replace(/\r\n?/g, '\n');
  return `${body}${body.endsWith('\n') || body === '' ? '' : '\n'}`
    + `import asyncio as _checker_asyncio  # added by the checker\n`
    + `_checker_result = _checker_asyncio.run(calculate_factorials(${list(numbers)}))  # added by the checker\n`
    + `if _checker_result is not None: print(_checker_result)  # added by the checker\n`;
}

/* ------------------------------------------------------------------ */
/* One run and what its events say                                     */
/* ------------------------------------------------------------------ */

/** Runs one program to its end; resolves with its events and texts. */
async function runOnce(runPython, source, options, signal, wallMs) {
  const controller = new AbortController();
  const onAbort = () => controller.abort();
  if (signal) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  let limit = null;
  const wall = setTimeout(() => { limit = limit ?? 'wall'; controller.abort(); }, wallMs);
  const events = [];
  try {
    for await (const ev of runPython(source, { ...options, clock: 'virtual', stdin: '', signal: controller.signal })) {
      events.push(ev);
      if (ev.t > VIRTUAL_LIMIT_MS && !limit) { limit = 'virtual'; controller.abort(); }
      if (events.length > EVENT_LIMIT && !limit) { limit = 'events'; controller.abort(); }
    }
  } finally {
    clearTimeout(wall);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
  const text = (stream) => events.filter((e) => e.type === 'print' && (stream === 'stderr') === (e.stream === 'stderr'))
    .map((e) => e.text + (e.end ?? '\n')).join('');
  const end = events[events.length - 1] ?? { type: 'end', status: 'error', exit: 1 };
  return { events, stdout: text('stdout'), stderr: text('stderr'), end, limit, aborted: !!signal?.aborted };
}

/**
 * The exception a traceback ends with, as { type, message }: the first
 * unindented line after the last "Traceback" header (a warning printed at
 * exit, such as "sys:1: RuntimeWarning: ...", may follow it).
 */
function raisedError(stderr) {
  const lines = stderr.split('\n');
  const at = lines.lastIndexOf('Traceback (most recent call last):');
  if (at < 0) return null;
  for (const l of lines.slice(at + 1)) {
    const m = /^([A-Za-z_][\w.]*)(?:: (.*))?$/.exec(l);
    if (m) return { type: m[1].split('.').pop(), message: m[2] ?? '' };
  }
  return null;
}

/** The events of the last asyncio.run (run_started .. run_finished). */
function lastSegment(events) {
  // the last run in which a task ran: loop.close() after run_until_complete()
  // is a run of its own with nothing in it (the kept loop's end)
  // (walked from the end: stop is the first run_finished after start)
  let last = null;
  let stop = events.length - 1;
  for (let start = events.length - 1; start >= 0; start--) {
    if (events[start].type === 'run_finished') stop = start;
    if (events[start].type !== 'run_started') continue;
    const seg = events.slice(start, stop + 1);
    if (seg.some((e) => e.type.startsWith('task_'))) return seg;
    last ??= seg;
  }
  return last;
}

/** text, cut to TEXT_LIMIT characters with a note of what was left out. */
function clip(text) {
  return text.length <= TEXT_LIMIT ? text : `${text.slice(0, TEXT_LIMIT)}\n… (${text.length - TEXT_LIMIT} more characters)\n`;
}

/** What one run's events show, as the report's `runs[]` entry. */
function analyse(numbers, chapter, r) {
  const seg = lastSegment(r.events);
  const out = {
    numbers,
    chapter,
    exit: r.end.exit ?? (r.end.status === 'ok' ? 0 : 1),
    completed: r.end.status === 'ok' && (r.end.exit ?? 0) === 0 && !r.limit,
    limit: r.limit,
    error: raisedError(r.stderr) ?? r.end.error ?? null,
    virtual_ms: null,
    expected_ms: Math.max(0, ...numbers) * STEP_MS,
    sequential_ms: numbers.reduce((a, b) => a + b, 0) * STEP_MS,
    sleeps: {},
    other_sleeps: [],
    blocked_ms: 0,
    collected_with: [],
    tasks: 0,
    cancelled_at_end: 0,
    values: [],
    stdout: clip(r.stdout),
    stderr: clip(r.stderr),
  };
  if (seg) {
    out.virtual_ms = seg[seg.length - 1].t - seg[0].t;
    const pending = new Map();       // task -> delay of its last timer_set
    // asyncio.run's main, made before the loop's first turn (so without
    // "iter"); run_until_complete(gather(...)) has none (docs/events.md)
    const main = seg.find((e) => e.type === 'task_created' && e.iter === undefined)?.task;
    let mainEnded = false;
    for (const e of seg) {
      // asyncio.run cancels what is still pending when the main task has
      // returned (after an exception, that is the exception's doing)
      if (e.type === 'task_done' && e.task === main) mainEnded = true;
      if (e.type === 'cancel_requested' && mainEnded && e.by === null) out.cancelled_at_end++;
      if (e.type === 'task_created' && e.task !== main) out.tasks++;
      else if (e.type === 'timer_set' && e.task) pending.set(e.task, e.delay);
      else if (e.type === 'task_suspended' && e.waits === 'sleep' && pending.has(e.task)) {
        const delay = pending.get(e.task);
        pending.delete(e.task);
        if (delay === STEP_MS) out.sleeps[e.task] = (out.sleeps[e.task] ?? 0) + 1;
        else out.other_sleeps.push({ task: e.task, ms: delay });
      } else if (e.type === 'loop_blocked') out.blocked_ms += e.ms;
      else if (e.type === 'callback' || (e.type === 'task_suspended' && e.waits === 'gather')) {
        const how = e.waits === 'gather' || e.name === 'gather._done_callback' ? 'gather'
          : e.name === 'as_completed._on_completion' ? 'as_completed' : null;
        /* after the main task's end, a gather's callbacks are asyncio.run's
         * clean-up cancelling what was never awaited: nothing collected */
        if (how && !mainEnded && !out.collected_with.includes(how)) out.collected_with.push(how);
      }
    }
  }
  // Values: n! among the numbers printed (from the last asyncio.run on, for
  // a driven run: a program whose main() runs at import prints other ones).
  const printed = chapter || !seg ? r.stdout
    : r.events.slice(r.events.indexOf(seg[0])).filter((e) => e.type === 'print' && e.stream !== 'stderr').map((e) => e.text).join('\n');
  const ints = new Set();
  const floats = [];
  for (const m of printed.matchAll(/\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/g)) {
    if (/^\d+$/.test(m[0])) ints.add(m[0].replace(/^0+(?=\d)/, ''));
    else floats.push(m[0]);
  }
  for (const n of numbers) {
    const expected = factorialOf(n);
    const v = { n, expected, found: ints.has(expected) };
    if (!v.found) {
      const f = floats.find((x) => Math.abs(Number(x) - Number(expected)) <= Number(expected) * 1e-9);
      if (f) v.float = f;
    }
    out.values.push(v);
  }
  return out;
}

/* ------------------------------------------------------------------ */
/* Hints                                                               */
/* ------------------------------------------------------------------ */

/** "coroutine ... was never awaited" warnings: [{ line, name, code }]. */
function neverAwaited(stderr) {
  const lines = stderr.split('\n');
  const found = [];
  lines.forEach((l, i) => {
    const m = /^(.*?):(\d+): RuntimeWarning: coroutine '([^']+)' was never awaited$/.exec(l);
    if (!m) return;
    const line = m[1] === 'sys' ? null : Number(m[2]);
    const code = line !== null && /^\s+\S/.test(lines[i + 1] ?? '') ? lines[i + 1].trim() : null;
    if (!found.some((f) => f.line === line && f.name === m[3])) found.push({ line, name: m[3], code });
  });
  return found;
}

/** A hint for a program that stopped with an exception (or did not finish). */
function failureHint(run) {
  if (run.limit && !run.chapter && run.numbers.includes(0)) return `With ${list(run.numbers)} the program never finished: the factorial of 0 goes on for ever. 0! is 1 (34.8): a loop or a recursion that stops when it reaches 1 runs past 0 without end; stop at 0, or for any n <= 1.`;
  if (run.limit === 'virtual') return `With ${list(run.numbers)} the program was still running after ${VIRTUAL_LIMIT_MS / 1000} s of (virtual) time, so the checker stopped it. Look for a loop that never ends, such as a while loop whose condition never changes.`;
  if (run.limit === 'events') return `With ${list(run.numbers)} the program went on printing or switching tasks (over ${EVENT_LIMIT.toLocaleString('en')} events), so the checker stopped it. Look for a loop that never ends.`;
  if (run.limit === 'wall') return `With ${list(run.numbers)} the program computed without finishing, so the checker stopped it. Look for a loop that never ends.`;
  const err = run.error ?? {};
  const text = run.stderr;
  if (err.type === 'SyntaxError' || err.type === 'IndentationError' || err.type === 'TabError') {
    return 'Python could not read the program, so nothing ran. The message above is CPython\'s own: it names the line and marks the spot with ^. Fix that line first.';
  }
  if (err.type === 'TypeError' && /unhashable type: 'list'/.test(err.message) && /gather\(/.test(text)) {
    return '`asyncio.gather()` takes each awaitable as a separate argument, as in `gather(*aws)` (34.5): given one list, it tries to use the list itself as an awaitable and fails. Unpack the list with a star: `await asyncio.gather(*[factorial(n) for n in numbers])`.';
  }
  if (err.type === 'TypeError' && /does not support the (asynchronous )?context manager protocol/.test(err.message) && /with asyncio\.as_completed\(/.test(text)) {
    return 'When 34.8 suggests using "with asyncio.as_completed()", it means using as_completed, not a `with` block: as_completed is not a context manager. Loop over what it gives: `for next_done in asyncio.as_completed([...]): result = await next_done` (34.6.2).';
  }
  if (err.type === 'TypeError' && /as_completed|must be a|awaitable is required|object is not iterable/.test(text + err.message) && /as_completed\(/.test(text)) {
    return '`asyncio.as_completed()` takes one container of awaitables, such as a list or a tuple (34.6.2): `asyncio.as_completed([factorial(n) for n in numbers])`.';
  }
  const missing = /^module 'asyncio' has no attribute '(\w+)'$/.exec(err.type === 'AttributeError' ? err.message : '');
  if ((missing && CPYTHON_ASYNCIO.has(missing[1])) || /is not supported by casyncio's Python/.test(err.message)) {
    return `${missing ? `CPython 3.11 has \`asyncio.${missing[1]}\`, but casyncio's Python does not support it yet` : 'This is a part of Python that casyncio\'s interpreter does not support yet'} (docs/python.md lists what it runs), so this program cannot be checked here: not a mistake of yours. The exercise needs only \`asyncio.sleep\`, \`asyncio.gather\` or \`asyncio.as_completed\`, and \`asyncio.run\`.`;
  }
  if (err.type === 'EOFError' && /input\(/.test(text)) {
    return 'The checker gives the program no input to read: the chapter\'s `main()` passes the numbers to `calculate_factorials` (34.8), and the checker calls it with other numbers itself. Take the numbers from the parameter instead of `input()`.';
  }
  if (err.type === 'NameError' && /'calculate_factorials'/.test(err.message)) {
    return '`main()` calls `calculate_factorials(numbers)` (34.8), so the program must define it: `async def calculate_factorials(numbers): ...`';
  }
  if (err.type === 'TypeError' && /object can't be used in 'await' expression/.test(err.message)) {
    return 'Only awaitables can be awaited: coroutines (what calling an `async def` function gives), tasks and futures. Check that the function you await is declared with `async def`, and that you await what it returns, not its result (34.4).';
  }
  if (err.type === 'RuntimeError' && /cannot be called from a running event loop/.test(err.message)) {
    return '`asyncio.run()` starts the event loop and is called once, from `main()` (34.4). Inside a coroutine, await the other coroutine (or gather them) instead of calling `asyncio.run` again.';
  }
  if (!run.chapter) return `With ${list(run.numbers)} the program stopped with ${err.type ?? 'an error'}: the traceback above shows the line. The chapter's input worked, so look at what is different about these numbers (0! is 1; a big number needs exact integers).`;
  return `The program stopped with ${err.type ?? 'an error'}. The traceback above is what CPython prints: its last "File" line is where it happened.`;
}

/* ------------------------------------------------------------------ */
/* The checks                                                          */
/* ------------------------------------------------------------------ */

/** The program without its comments (roughly: from # to the end of a line outside quotes). */
function withoutComments(source) {
  return source.split('\n').map((line) => {
    let quote = null;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quote) { if (ch === '\\') i++; else if (ch === quote) quote = null; } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#') return line.slice(0, i);
    }
    return line;
  }).join('\n');
}

function judge(runs, source) {
  const checks = [];
  const add = (id, status, detail, hint = null) => {
    const [, title] = CHECKS.find(([k]) => k === id);
    checks.push({ id, title, status, detail, hint });
  };
  const chapterRun = runs[0];
  const done = runs.filter((r) => r.completed);
  const syntax = ['SyntaxError', 'IndentationError', 'TabError'].includes(chapterRun.error?.type);
  const skip = (id, why) => add(id, 'skip', why);

  // runs
  const failed = runs.filter((r) => !r.completed);
  if (!failed.length) add('runs', 'pass', `It ran to the end with each of ${runs.map((r) => list(r.numbers)).join(', ')}.`);
  else {
    const first = failed[0];
    const what = first.limit === 'virtual' ? `was still running after ${VIRTUAL_LIMIT_MS / 1000} s of virtual time`
      : first.limit === 'events' ? 'did not stop printing or switching tasks'
      : first.limit ? 'was still computing when the checker\'s time ran out'
      : `stopped with ${first.error ? `${first.error.type}: ${first.error.message}` : `exit status ${first.exit}`}`;
    const others = failed.length > 1 ? ` (and ${failed.length - 1} more of the ${runs.length} runs)` : '';
    add('runs', 'fail', `${first.chapter ? 'Run by the chapter\'s main(), with' : 'With'} ${list(first.numbers)}, it ${what}${others}.`, failureHint(first));
    const f = checks[checks.length - 1];
    f.output = first.stderr;
  }
  if (syntax) {
    for (const [id] of CHECKS.slice(1)) skip(id, 'The program does not run yet.');
    return checks;
  }

  // awaited
  const warnings = [];
  for (const r of runs) for (const w of neverAwaited(r.stderr)) if (!warnings.some((x) => x.line === w.line && x.name === w.name)) warnings.push(w);
  const leftBehind = runs.find((r) => r.cancelled_at_end > 0);
  if (!warnings.length && leftBehind) {
    add('awaited', 'fail', `With ${list(leftBehind.numbers)}, calculate_factorials returned while ${leftBehind.cancelled_at_end} of its tasks were still running, so asyncio.run cancelled them${/\bgather\s*\(/.test(withoutComments(source)) ? ' (CPython then also reports "_GatheringFuture exception was never retrieved")' : ''}.`,
      /\bgather\s*\(/.test(withoutComments(source))
        ? '`asyncio.gather(...)` starts the tasks but does not wait for them: only `await` does. Write `results = await asyncio.gather(...)` (34.6.1), so that calculate_factorials goes on when every factorial is done; when the main coroutine returns, asyncio.run cancels whatever is left.'
        : '`asyncio.create_task()` starts a task but does not wait for it: only `await` does. Await the tasks, best all together with `await asyncio.gather(*tasks)` (34.6.1); when the main coroutine returns, asyncio.run cancels whatever is left.');
  } else if (!warnings.length) add('awaited', 'pass', 'No "coroutine ... was never awaited" warning.');
  else {
    const where = warnings.map((w) => (w.line ? `line ${w.line}: ${w.code ?? w.name + '()'}` : `${w.name}()`)).join('; ');
    const sleepy = warnings.some((w) => w.name === 'sleep');
    const gatherFailed = failed.some((r) => r.error?.type === 'TypeError' && /unhashable type: 'list'/.test(r.error.message));
    let hint = 'Calling an async function only creates a coroutine object; its body runs when the coroutine is awaited, or handed to asyncio.gather, as_completed or create_task (34.4). CPython warns "coroutine ... was never awaited" about each one that never ran.';
    if (sleepy) hint = '`asyncio.sleep(0.1)` without await creates a coroutine and drops it: nothing waits, and CPython warns "coroutine \'sleep\' was never awaited". Write `await asyncio.sleep(0.1)`: the await is what hands control back to the event loop while the step waits (34.4, 34.5).';
    else if (gatherFailed) hint = 'These coroutines never ran because `gather()` failed on the list (see the first check): once the list is unpacked with `*`, gather awaits each of them.';
    add('awaited', 'fail', `CPython warns: coroutine never awaited (${where}).`, hint);
    checks[checks.length - 1].output = runs.map((r) => r.stderr.split('\n').filter((l, i, a) => /RuntimeWarning: coroutine/.test(l) || /RuntimeWarning: coroutine/.test(a[i - 1] ?? '') && /^\s/.test(l)).join('\n')).find((s) => s) ?? '';
  }

  if (!done.length) {
    for (const [id] of CHECKS.slice(2)) skip(id, 'The program did not run to the end with any input.');
    return checks;
  }
  const notRun = failed.length ? ` (not judged: ${failed.map((r) => list(r.numbers)).join(', ')}, which did not run to the end)` : '';

  // values
  const wrong = [];
  for (const r of done) for (const v of r.values) if (!v.found) wrong.push({ ...v, numbers: r.numbers, stdout: r.stdout });
  const judged = done.flatMap((r) => r.numbers);
  const included = [judged.includes(0) && '0! = 1', judged.includes(25) && `25! = ${factorialOf(25)}`].filter(Boolean);
  if (!wrong.length) add('values', 'pass', `Every factorial was printed exactly${included.length ? `, ${and(included)} included` : ''}${notRun}.`);
  else {
    const w = wrong[0];
    const more = wrong.length > 1 ? ` (${wrong.length - 1} more value${wrong.length > 2 ? 's' : ''} missing)` : '';
    let hint;
    const wr = done.find((r) => r.numbers === w.numbers);
    if (wr?.cancelled_at_end) hint = 'The factorials were cancelled before they finished (see "Every coroutine is awaited"): once calculate_factorials awaits them, they run to the end.';
    else if (w.float) hint = `The output has ${w.float}, a float: floats keep about 16 digits, so big factorials lose their last ones. Start from the integer 1 (\`result = 1\`, not \`1.0\`) and multiply by integers: Python's integers are exact at any size.`;
    else if (w.n === 0) hint = '0! is 1 (34.8 says so): the product of no numbers. A loop `for i in range(1, n + 1)` runs no times for 0 and leaves `result = 1`.';
    else if (!done.some((r) => /\d/.test(r.stdout))) hint = 'The program printed no numbers: print each factorial (or the list of the results) in calculate_factorials, so that they can be seen.';
    else if (wrong.every((x) => x.numbers === runs[0].numbers) && done.length > 1 && done.every((r) => r.chapter || r.values.every((v) => v.found))) {
      hint = '`calculate_factorials` returns the results, but nothing prints them: the chapter\'s `main()` (34.8) does not use what `asyncio.run` returns. Print them in `calculate_factorials`.';
    } else if (!w.numbers.includes(7) && /\b5040\b/.test(w.stdout) && !runs[0].numbers.every((n) => w.numbers.includes(n))) {
      hint = `Given ${list(w.numbers)}, the program still printed 7! = 5040: \`calculate_factorials\` must compute the factorials of the numbers it is given (its parameter), not of a list of its own.`;
    }
    else hint = `n! is 1 × 2 × … × n: for example 5! = 120 (34.8). Check where the loop starts and stops: \`range(1, n + 1)\` gives 1 to n. And use the numbers \`calculate_factorials\` is given, not a list of your own.`;
    add('values', 'fail', `With ${list(w.numbers)}, ${w.n}! = ${w.expected} is not in the output${w.float ? ` (it has ${w.float} instead)` : ''}${more}.`, hint);
  }

  // sleeps
  const anySleep = done.some((r) => Object.keys(r.sleeps).length || r.other_sleeps.length);
  const blocked = done.filter((r) => r.blocked_ms > 0);
  const odd = done.flatMap((r) => r.other_sleeps);
  const badCounts = [];
  for (const r of done) {
    const counts = Object.values(r.sleeps).sort((a, b) => a - b);
    const want = r.numbers.filter((n) => n > 0).sort((a, b) => a - b);
    const wantLess = r.numbers.map((n) => n - 1).filter((n) => n > 0).sort((a, b) => a - b);
    const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
    const total = counts.reduce((a, b) => a + b, 0);
    const ok = same(counts, want) || same(counts, wantLess)
      || (counts.length === 1 && (total === want.reduce((a, b) => a + b, 0) || total === wantLess.reduce((a, b) => a + b, 0)));
    if (!ok) badCounts.push({ r, counts });
  }
  if (!anySleep) {
    const hint = warnings.some((w) => w.name === 'sleep')
      ? '`asyncio.sleep(0.1)` is called but never awaited, so no step waits: write `await asyncio.sleep(0.1)` (34.5).'
      : blocked.length ? '`time.sleep(0.1)` waits, but it is not `asyncio.sleep`: it blocks the whole loop (see "Nothing blocks the event loop"). Use `await asyncio.sleep(0.1)`, the Async IO alternative to `time.sleep` (34.5).'
        : 'The exercise (34.8) asks the factorial function to `await asyncio.sleep(0.1)` each time round its loop: one await per multiplication.';
    add('sleeps', 'fail', 'No task awaited asyncio.sleep(0.1).', hint);
  } else if (odd.length) {
    add('sleeps', 'fail', `${odd[0].task} awaited asyncio.sleep(${odd[0].ms / 1000}) (${odd.length} sleep${odd.length > 1 ? 's' : ''} of another length than 0.1 s).`,
      'Each step should wait exactly 0.1 s: `await asyncio.sleep(0.1)` (34.8). Other sleeps change how long the run takes, so the timing checks cannot tell what happened.');
  } else if (badCounts.length) {
    const { r, counts } = badCounts[0];
    const chapterCounts = [...runs[0].numbers].filter((n) => n > 0).sort((a, b) => a - b);
    const ownList = !r.chapter && counts.length === chapterCounts.length && counts.every((x, i) => x === chapterCounts[i]);
    add('sleeps', 'fail', `With ${list(r.numbers)} the tasks awaited asyncio.sleep(0.1) ${counts.length ? times(counts) : 'no times'}; one sleep per step of each factorial would be ${and(r.numbers)}.`,
      r.cancelled_at_end ? 'The factorials were cancelled before they finished (see "Every coroutine is awaited"): once calculate_factorials awaits them, they run to the end.' : ownList ? `Those are the steps of ${list(runs[0].numbers)}, the chapter's numbers: \`calculate_factorials\` must work on the numbers it is given (its parameter), not on a list of its own.` : 'Put `await asyncio.sleep(0.1)` inside the loop that multiplies, so that n! takes n steps of 0.1 s (34.8): `for i in range(1, n + 1): await asyncio.sleep(0.1); result *= i`.');
  } else {
    const r = done[0];
    const per = Object.entries(r.sleeps);
    add('sleeps', 'pass', per.length === 1 && r.numbers.length > 1
      ? `With ${list(r.numbers)} ${per[0][0]} awaited asyncio.sleep(0.1) ${times([per[0][1]])}: one per step of every factorial${notRun}.`
      : `With ${list(r.numbers)} the tasks awaited asyncio.sleep(0.1) ${times(per.map(([, n]) => n))}: one per step${notRun}.`);
  }

  // no_blocking
  if (!blocked.length) add('no_blocking', 'pass', 'The loop was never blocked (no time.sleep).');
  else {
    const r = blocked[0];
    add('no_blocking', 'fail', `With ${list(r.numbers)} time.sleep blocked the loop for ${seconds(r.blocked_ms)} in all.`,
      '`time.sleep()` stops the whole program, event loop included: while one factorial sleeps, no other task can run, so they go one after another. `await asyncio.sleep(0.1)` hands control back to the loop, which runs the other tasks while this one waits (34.3, 34.5).');
  }

  // concurrent
  const multi = done.filter((r) => r.sequential_ms > r.expected_ms);
  if (!multi.length) skip('concurrent', 'No input with two or more numbers ran to the end.');
  else if (!anySleep && !blocked.length) skip('concurrent', 'Nothing waited, so there was nothing to overlap (see the sleeps check).');
  else if (multi.some((r) => r.cancelled_at_end)) skip('concurrent', 'The factorials were cancelled before they finished, so their time says nothing yet (see "Every coroutine is awaited").');
  else if (!blocked.length && checks.find((c) => c.id === 'sleeps').status !== 'pass') skip('concurrent', 'The sleeps are not one per step, so the time the run took cannot be compared with the numbers yet (see the sleeps check).');
  else {
    const slow = multi.filter((r) => r.virtual_ms > r.expected_ms + SLACK_MS);
    if (!slow.length) {
      const r = multi[0];
      add('concurrent', 'pass', `With ${list(r.numbers)} it took ${seconds(r.virtual_ms)}, the longest factorial's time, not the ${seconds(r.sequential_ms)} of all the steps one after another${notRun}.`);
    } else {
      const r = slow[0];
      const sequential = Math.abs(r.virtual_ms - r.sequential_ms) <= SLACK_MS;
      let hint;
      if (r.blocked_ms > 0) hint = '`time.sleep` blocked the loop, so the factorials could only run one after another. With `await asyncio.sleep(0.1)` every task waits at the same time (34.5).';
      else if (r.tasks === 0) hint = `Awaiting each factorial in a plain loop runs them one after another: the next one starts only when the last is done. Start them all first, then wait: \`await asyncio.gather(*[factorial(n) for n in numbers])\` (34.6.1), or loop over \`asyncio.as_completed(...)\` (34.6.2). Then the batch takes as long as the longest factorial, ${seconds(r.expected_ms)}.`;
      else hint = `Each task was awaited before the next one was created, so they never waited together. Create every task first (or hand them all to gather or as_completed), then await: the batch then takes ${seconds(r.expected_ms)} (34.6).`;
      add('concurrent', 'fail', `With ${list(r.numbers)} it took ${seconds(r.virtual_ms)}${sequential ? ', the sum of every step one after another' : ''}; running at the same time it takes ${seconds(r.expected_ms)}, as long as the longest factorial.`, hint);
    }
  }

  // collect
  // The events show gather or as_completed at work (the program must also
  // call it: a library function may use them); asyncio.wait hands back two
  // sets, as CPython's, with no such events.
  const code = withoutComments(source);
  const seen = [...new Set(done.flatMap((r) => r.collected_with))];
  const how = seen.filter((h) => new RegExp(`\\b${h}\\s*\\(`).test(code));
  if (how.length) add('collect', 'pass', `Collected with ${how.join(' and ')}${notRun}.`);
  else if (done.some((r) => r.cancelled_at_end) && /\b(gather|as_completed)\s*\(/.test(code)) {
    skip('collect', 'The tasks were cancelled before their results could be collected (see "Every coroutine is awaited").');
  } else if ((seen.length || done.some((r) => r.tasks > 0)) && /\bwait(_for)?\s*\(/.test(code)) {
    add('collect', 'fail', 'The results were collected with `asyncio.wait` (or `wait_for`), not with gather or as_completed.',
      '`asyncio.wait` waits for the tasks too, but it hands back two sets (done and pending), not the results. The exercise (34.8) asks for `asyncio.gather()` (results in input order, 34.6.1) or `asyncio.as_completed()` (each as it is done, 34.6.2).');
  } else {
    const r = done.find((x) => x.numbers.length > 1) ?? done[0];
    const hint = r.tasks === 0
      ? 'The exercise (34.8) collects the results with `asyncio.gather()` or `asyncio.as_completed()`: `results = await asyncio.gather(*[factorial(n) for n in numbers])` gives them in input order (34.6.1); `for coro in asyncio.as_completed([...]): result = await coro` gives each as it is done (34.6.2).'
      : 'The tasks ran, but their results were collected another way. The exercise (34.8) asks for `asyncio.gather()` (results in input order, 34.6.1) or `asyncio.as_completed()` (each as it is done, 34.6.2).';
    add('collect', 'fail', 'Neither asyncio.gather nor asyncio.as_completed collected the results.', hint);
  }
  return checks;
}

/* ------------------------------------------------------------------ */
/* The entry point                                                     */
/* ------------------------------------------------------------------ */

/**
 * Checks `source` as a solution of `exercise` ('factorial').  options:
 *   runPython  the JS API's runPython (web/casyncio.js); imported when absent
 *   filename   shown in tracebacks (default "solution.py")
 *   signal     an AbortSignal: stops the runs
 *   wallMs     how long a run may compute, in ms of real time (default 20000)
 * Resolves with the report (docs/checking.md); rejects with a TypeError for
 * an unknown exercise or a source that is not a string.
 */
export async function check(exercise, source, options = {}) {
  const ex = exercises[exercise];
  if (!ex) throw new TypeError(`unknown exercise "${exercise}"; the exercises are: ${Object.keys(exercises).join(', ')}`);
  if (typeof source !== 'string') throw new TypeError('the solution must be a string of Python source');
  const runPython = options.runPython ?? (await import('./casyncio.js')).runPython;
  const filename = options.filename ?? 'solution.py';
  const wallMs = options.wallMs ?? WALL_LIMIT_MS;
  const raw = await Promise.all(ex.inputs.map((numbers, i) => (i === 0
    ? runOnce(runPython, source, { filename }, options.signal, wallMs)
    : runOnce(runPython, withDriver(source, numbers), { filename, name: DRIVER_NAME }, options.signal, wallMs))));
  if (raw.some((r) => r.aborted)) {
    const error = new Error('the check was stopped');
    error.name = 'AbortError';
    throw error;
  }
  const runs = raw.map((r, i) => analyse(ex.inputs[i], i === 0, r));
  const checks = judge(runs, source);
  const passed = checks.filter((c) => c.status === 'pass').length;
  return {
    version: REPORT_VERSION,
    exercise: ex.id,
    title: ex.title,
    file: filename,
    passed: passed === checks.length,
    summary: `${passed} of ${checks.length} checks pass`,
    checks,
    runs,
  };
}

/** The report as text for a terminal: one line per check, ✓ / ✗ / –, hints indented. */
export function formatReport(report) {
  const mark = { pass: '✓', fail: '✗', skip: '–' };
  const lines = [`${report.title}: ${report.file}`, ''];
  for (const c of report.checks) {
    lines.push(`${mark[c.status]} ${c.title}${c.status === 'skip' ? ' (not checked)' : ''}`);
    lines.push(`    ${c.detail}`);
    if (c.output) for (const l of c.output.replace(/\n$/, '').split('\n')) lines.push(`    | ${l}`);
    if (c.hint) lines.push(`    Hint: ${c.hint}`);
  }
  lines.push('', report.passed ? `All ${report.checks.length} checks pass.` : `${report.summary}.`);
  return lines.join('\n') + '\n';
}
