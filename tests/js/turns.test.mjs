// turns.test.mjs -- the model behind the timeline by turn (web/turns.js),
// fed with real event streams, without a browser: which slot each thing
// the loop ran takes, in which turn, and what a learner reads off it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, collect } from './helpers.mjs';
import { TurnView, fmtSeconds } from '../../web/turns.js';
import { fitLabel } from '../../web/timeline.js';

function model(events) {
  const coros = new Map();
  const view = new TurnView((name) => (coros.has(name) ? `${name} ${coros.get(name)}` : name));
  for (const ev of events) {
    if (ev.type === 'task_created' && ev.coro) coros.set(ev.task, ev.coro);
    view.apply(ev);
  }
  return view;
}

/** Each turn as a list of "lane:kind" for what ran in it, in order. */
const turns = (view) => view.turns.map((t) => `${t.iter}: ` + view.slots.slice(t.first, t.last + 1)
  .map((s) => `${s.lane.name}:${s.kind}${s.name ? ' ' + s.name : ''}`).join(', '));

test('gather: one turn per column, the three workers one after another in turn 2 and again in turn 4', async () => {
  const view = model(await collect('gather', { clock: 'virtual', seed: 1 }));
  assert.deepEqual(turns(view), [
    '1: Task-1:step',
    '2: Task-2:step, Task-3:step, Task-4:step',
    '3: Task-2:timer, Task-3:timer, Task-4:timer',
    '4: Task-2:step, Task-3:step, Task-4:step',
    '5: loop:callback gather._done_callback, loop:callback gather._done_callback, loop:callback gather._done_callback',
    '6: Task-1:step',
  ]);
  assert.deepEqual(view.turns.map((t) => t.waited), [0, 0, 1000, 0, 0, 0], 'the loop waited 1 s before turn 3');
  assert.equal(view.labelFor('Task-2'), 'Task-2 worker()');
  assert.ok(view.finished);
  // Each worker is done at its step in turn 4, and nothing of its lane is open after.
  for (const name of ['Task-2', 'Task-3', 'Task-4']) {
    const lane = view.lanes.get(name);
    const done = view.marks.find((m) => m.lane === lane && m.shape === 'done');
    assert.equal(view.slots[done.g].turn.iter, 4);
    assert.ok(lane.segs.every((s) => s.g1 !== null && s.g1 <= done.g + 1), `${name} drawn past its end`);
  }
});

test('as_completed differs from gather: its callbacks, and main printing once per result in one step', async () => {
  const view = model(await collect('as-completed', { clock: 'virtual', seed: 1 }));
  assert.equal(turns(view)[4], '5: loop:callback as_completed._on_completion, loop:callback as_completed._on_completion, loop:callback as_completed._on_completion');
  const last = view.slots.at(-1);
  assert.equal(last.lane.name, 'Task-1');
  assert.equal(last.prints, 3);
  assert.deepEqual(last.title.filter((t) => t.startsWith('prints')), [
    'prints "do_something - result: A3"', 'prints "do_something - result: B10"', 'prints "do_something - result: C2"',
  ]);
});

test('a step that prints 5,000 lines keeps the first 20 in its title, and counts them all', async () => {
  const events = [];
  const program = 'import asyncio\nasync def main():\n    for i in range(5000):\n        print("line", i)\nasyncio.run(main())\n';
  for await (const ev of api.runPython(program, { clock: 'virtual' })) events.push(ev);
  const step = model(events).slots.find((s) => s.kind === 'step' && s.lane.name === 'Task-1');
  assert.equal(step.prints, 5000);
  const printed = step.title.filter((t) => t.startsWith('prints'));
  assert.deepEqual([printed.length, printed[0], printed[19]], [20, 'prints "line 0"', 'prints "line 19"']);
});

test('factorial: with gather main runs in 2 turns, with as_completed in 5; what each awaits is written', async () => {
  const mainTurns = (view) => view.slots.filter((s) => s.lane.name === 'Task-1' && s.kind === 'step').map((s) => s.turn.iter);
  const g = model(await collect('factorial', { clock: 'virtual' }));
  const a = model(await collect('factorial', { clock: 'virtual', input: { numbers: [5, 7, 3, 6], collect: 'as_completed' } }));
  assert.equal(mainTurns(g).length, 2);
  assert.equal(mainTurns(a).length, 5);
  const labels = g.lanes.get('Task-2').segs.filter((s) => s.state === 'waiting').map((s) => s.label);
  assert.deepEqual([...new Set(labels)], ['sleep 0.1 s']);
  assert.match(g.lanes.get('Task-1').segs.find((s) => s.state === 'waiting').label, /^await (Gather|Future)-\d+$/);
});

test('a long run stops growing at its cap, and seconds read as people write them', async () => {
  const view = model(await collect('factorial', { clock: 'virtual', input: { numbers: [200, 200, 200] } }));
  assert.ok(view.capped);
  assert.equal(view.slots.length, 300);
  assert.deepEqual([1000, 100, 250, 1250, 0].map(fmtSeconds), ['1 s', '0.1 s', '250 ms', '1.25 s', '0 s']);
});

test('real clock: only a turn the loop waited a timer for shows a wait, not the little time every turn takes', async () => {
  const view = model(await collect('gather', { clock: 'real', seed: 1 }));
  const waits = view.turns.filter((t) => t.waited > 0);
  assert.deepEqual(waits.map((t) => t.iter), [3]);
  assert.ok(waits[0].waited >= 900, `waited ${waits[0].waited} ms`);
});

test('callbacks of one name one after another make one label, with their count', async () => {
  const texts = async (lesson) => model(await collect(lesson, { clock: 'virtual', seed: 1 })).callbackGroups().map((g) => g.text);
  assert.deepEqual(await texts('gather'), ['gather._done_callback ×3']);
  assert.deepEqual(await texts('as-completed'), ['as_completed._on_completion ×3']);
});

test('a lane label too long for its column keeps the coroutine, then is cut', () => {
  assert.equal(fitLabel("Task-2 worker('A')", 30), "Task-2 worker('A')");
  assert.equal(fitLabel('Task-2 factorial(5)', 14), 'factorial(5)');
  assert.equal(fitLabel('Task-1 calculate_factorials()', 14), 'calculate_fac…');
  assert.equal(fitLabel('Gather-1 of three futures', 10), 'Gather-1 …');
  assert.equal(fitLabel('loop', 1), '…');
});
