// timeline.js -- the task timeline: an SVG with one lane per task (and the
// loop, and any awaited gather or future), drawn from the runtime's events
// as they arrive.  Shared by the tutorial page (app.js) and the embeddable
// element (casyncio-lesson.js); its styles are in timeline.css.
//
// Two modes over the same events: "time" draws each lane to scale in
// time (this file); "turns" draws one column per turn of the event loop
// (turns.js), where what happens at one instant is spread out in the
// order the loop ran it.  A lane is named as a learner thinks of it: the
// task and its coroutine, "Task-2 worker('A')" (task_created's coro).
//
// Everything that comes from the runtime is put in the SVG as text nodes.
import { TurnView } from './turns.js';

const SVGNS = 'http://www.w3.org/2000/svg';

/** Creates an element with attributes and text (text as a text node). */
export function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A lane's label in at most chars characters: whole when it fits; else,
 * for "Task-2 factorial(5)", the coroutine alone ("factorial(5)" says more
 * than "Task-2 facto…"); else cut with "…".  The caller titles it with the
 * whole label when it differs.
 */
export function fitLabel(full, chars) {
  if (full.length <= chars) return full;
  const coro = /^Task-\d+ (.+)$/.exec(full)?.[1];
  const text = coro ?? full;
  return text.length <= chars ? text : chars <= 1 ? '…' : text.slice(0, chars - 1) + '…';
}

/** Creates an SVG element under parent. */
export function svgEl(tag, attrs, parent) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

/** Adds a tooltip (<title>) to an SVG element, as text. */
export function svgTitle(node, text) {
  svgEl('title', {}, node).textContent = text;
}

/** Formats an event time in ms: integers as is, others to 0.1 ms. */
export function fmtMs(t) {
  return (Number.isInteger(t) ? String(t) : t.toFixed(1)) + ' ms';
}

/** Formats an axis tick. */
export function fmtTick(ms) {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(2)} s` : `${ms} ms`;
}

/* ------------------------------------------------------------------ */
/* Timeline (SVG)                                                      */
/* ------------------------------------------------------------------ */

const LABEL_W = 78;   // lane labels (wider when lanes carry a coroutine's name)
const LANE_H = 20;    // lane height (with the gap, as the view by turn: seven lanes fit at 1280x800)
const LANE_GAP = 4;
const AXIS_H = 24;    // time axis at the top
const PAD_R = 14;
const MAX_MARKS = 1500;   // beyond this many marks (timers, callbacks), marks are left out
const DRAW_PER_FRAME = 250; // new SVG items per animation frame
const BUSY_LANE = 12;     // in a lane with more segments, invisible blips are merged away
const TERMINAL = new Set(['done', 'cancelled', 'failed']);
const TURNS_EVERY = 80;   // ms between two drawings of the view by turn during a run

/**
 * The task timeline.  A model (lanes, segments, marks, arrows, bands) that
 * events update, and an SVG drawn from it: new items are appended on the
 * next animation frame; a rescale (the run outgrew the time axis), a new
 * lane or a resize redraws everything.
 */
export class Timeline {
  constructor(container) {
    this.container = container;
    this.svg = svgEl('svg', { class: 'timeline-svg', role: 'img', 'aria-label': 'Task timeline' });
    container.replaceChildren(this.svg);
    this.note = el('p', { class: 'timeline-note' });
    container.appendChild(this.note);
    this.frameRequested = false;
    this.mode = 'time';
    this.coros = new Map();     // task -> its coroutine's label
    this.turnView = new TurnView((name) => this.labelFor(name));
    this.follow = true;         // the turns view scrolls along with the run
    container.addEventListener('scroll', () => {
      if (this.mode !== 'turns') return;
      this.scrolledTo = container.scrollLeft;
      TurnView.pinLabels(this.svg, container.scrollLeft);
      this.follow = container.scrollLeft + container.clientWidth >= container.scrollWidth - 8;
    });
    // The width as the observer saw it: reading clientWidth while drawing
    // would force a layout of the page on every frame.
    this.boxWidth = 0;
    new ResizeObserver((entries) => {
      this.boxWidth = Math.floor(entries[0].contentRect.width);
      this.dirty = true;
      this.requestFrame();
    }).observe(container);
    this.reset(1000);
  }

  /** A lane's name for people: "Task-2 worker('A')", or the name alone. */
  labelFor(name) {
    const coro = this.coros.get(name);
    return coro ? `${name} ${coro}` : name;
  }

  /** "turns" (one column per turn of the loop) or "time" (to scale). */
  setMode(mode) {
    const m = mode === 'turns' ? 'turns' : 'time';
    if (m === this.mode) return;
    this.mode = m;
    this.container.dataset.mode = m;
    this.container.scrollLeft = 0;
    this.scrolledTo = 0;
    this.follow = true;
    this.dirty = true;
    this.requestFrame();
  }

  /** Clears the model; expectedMs sizes the first time axis. */
  reset(expectedMs) {
    this.lanes = new Map();
    this.laneOrder = [];
    this.items = [];
    this.nextToDraw = 0;         // items before this index have been drawn
    this.changed = new Set();    // drawn items whose geometry changed
    this.open = new Set();       // segments and bands still growing
    this.timers = new Map();     // timer id -> {task, sleep item}
    this.waiters = new Map();    // task -> future lane it awaits
    this.cancelling = new Set(); // tasks with a cancel() pending
    this.axisMax = Math.max(200, expectedMs * 1.15);
    this.now = 0;
    this.markCount = 0;
    this.modelMarks = 0;
    this.droppedCount = 0;
    this.capped = false;
    this.finished = false;
    this.lane('loop', 'loop');
    this.coros.clear();
    this.turnView.reset();
    this.follow = true;
    if (this.scrolledTo) this.container.scrollLeft = 0;
    this.scrolledTo = 0;
    this.dirty = true;
    this.note.textContent = 'Run the lesson: a lane appears for each task as it is created.';
    this.requestFrame();
  }

  /** The lane for name, made on first use. kind: loop | task | future. */
  lane(name, kind = 'task') {
    let lane = this.lanes.get(name);
    if (!lane) {
      lane = { name, kind, index: this.laneOrder.length, current: null };
      this.lanes.set(name, lane);
      this.laneOrder.push(lane);
      this.dirty = true;
    }
    return lane;
  }

  add(item) {
    // Past the cap, marks are not even kept: a huge run stays light in memory.
    if (item.kind === 'mark' || item.kind === 'sleep') {
      if (++this.modelMarks > MAX_MARKS) { this.capped = true; return item; }
    }
    this.items.push(item);
    if (item.t1 === null) this.open.add(item);
    return item;
  }

  /**
   * Ends the lane's current state at t and starts `state` (null: none).
   * In a busy lane (factorial with big numbers: thousands of steps), a
   * state too short to see is dropped, and when the state before it comes
   * back, that segment is extended instead of starting a new one; so the
   * SVG stays small however long the run.
   */
  setState(lane, state, t, title) {
    let cur = lane.current;
    if (cur && lane.segs > BUSY_LANE && !TERMINAL.has(cur.state) && t - cur.t0 <= this.axisMax / 4000) {
      this.drop(cur);
      cur = cur.before;
      if (state && cur && !cur.dropped && cur.state === state) {
        cur.t1 = null;
        this.open.add(cur);
        this.changed.add(cur);
        lane.current = cur;
        return;
      }
    } else if (cur) {
      this.close(cur, t);
    }
    lane.current = state ? this.add({ kind: 'seg', lane, state, t0: t, t1: null, title, before: cur ?? null }) : null;
    if (state) lane.segs = (lane.segs ?? 0) + 1;
  }

  close(item, t) {
    if (item.t1 === null) { item.t1 = Math.max(item.t0, t); this.open.delete(item); this.changed.add(item); }
  }

  drop(item) {
    item.dropped = true;
    this.droppedCount++;
    this.open.delete(item);
    this.changed.delete(item);
    if (item.el) { item.el.remove(); item.el = null; }
  }

  /** Updates the model for one event. */
  apply(ev) {
    if (this.items.length === 0 && !this.capped) this.note.textContent = '';
    const t = ev.t;
    if (t > this.now) this.now = t;
    if (ev.type === 'task_created' && typeof ev.coro === 'string') { this.coros.set(ev.task, ev.coro); this.dirty = true; }
    if (this.turnView.apply(ev) && this.mode === 'turns') this.turnsChanged = true;
    switch (ev.type) {
      case 'run_started':
        this.loopRun = this.add({ kind: 'seg', lane: this.lane('loop'), state: 'loop', t0: t, t1: null, title: 'asyncio.run: the loop is running', thin: true });
        break;
      case 'run_finished':
        if (this.loopRun) this.close(this.loopRun, t);
        break;
      case 'task_created':
        this.setState(this.lane(ev.task), 'ready', t, `${ev.task} created${ev.by ? ' by ' + ev.by : ''}, ready to start`);
        break;
      case 'task_started':
      case 'task_resumed': {
        const lane = this.lane(ev.task);
        this.setState(lane, 'running', t, `${ev.task} running`);
        const fut = this.waiters.get(ev.task);
        if (fut) {
          this.waiters.delete(ev.task);
          // A cancelled waiter cancels what it awaits (as asyncio does).
          const state = this.cancelling.has(ev.task) ? 'cancelled' : 'done';
          if (fut.current && !TERMINAL.has(fut.current.state)) this.setState(fut, state, t, `${fut.name} ${state}`);
        }
        break;
      }
      case 'task_suspended': {
        const lane = this.lane(ev.task);
        const what = ev.on ? `${ev.waits} ${ev.on}` : ev.waits;
        this.setState(lane, 'waiting', t, `${ev.task} waiting on ${what}`);
        if (ev.on) {
          const target = this.lane(ev.on, ev.waits === 'task' ? 'task' : 'future');
          if (target.kind === 'future') {
            if (!target.current) this.setState(target, 'waiting', t, `${ev.on}: pending`);
            this.waiters.set(ev.task, target);
          }
          this.add({ kind: 'arrow', from: lane, to: target, t, title: `${ev.task} awaits ${ev.on}` });
        }
        break;
      }
      case 'task_done':
        this.setState(this.lane(ev.task), 'done', t, `${ev.task} done, result ${JSON.stringify(ev.result)}`);
        break;
      case 'task_cancelled':
        this.setState(this.lane(ev.task), 'cancelled', t, `${ev.task} cancelled`);
        break;
      case 'task_failed':
        this.setState(this.lane(ev.task), 'failed', t, `${ev.task} failed: ${ev.error?.type}: ${ev.error?.message}`);
        break;
      case 'timer_set': {
        const lane = this.lane(ev.task ?? 'loop'); // a call_later outside any task is the loop's
        const sleep = this.add({ kind: 'sleep', lane, t0: t, t1: t + ev.delay, title: `timer ${ev.id}: ${ev.delay} ms` });
        this.timers.set(ev.id, { lane, sleep });
        this.add({ kind: 'mark', lane, t, shape: 'timer-set', title: `timer ${ev.id} set for ${ev.delay} ms (${ev.task})` });
        break;
      }
      case 'timer_fired': {
        if (ev.callback) { // a call_later/call_at: its callback runs now, on the loop
          const timer = this.timers.get(ev.id);
          this.timers.delete(ev.id);
          this.add({ kind: 'mark', lane: timer?.lane ?? this.lane('loop'), t, shape: 'timer-fired', title: `timer ${ev.id} fired (${ev.callback})` });
          break;
        }
        const lane = this.lane(ev.task);
        this.timers.delete(ev.id);
        this.add({ kind: 'mark', lane, t, shape: 'timer-fired', title: `timer ${ev.id} fired (${ev.task})` });
        this.setState(lane, 'ready', t, `${ev.task} ready: its timer fired`);
        break;
      }
      case 'timer_cancelled': {
        const timer = this.timers.get(ev.id);
        if (timer) {
          timer.sleep.t1 = t;
          this.changed.add(timer.sleep);
          this.add({ kind: 'mark', lane: timer.lane, t, shape: 'timer-cancelled', title: `timer ${ev.id} cancelled` });
        }
        break;
      }
      case 'callback':
        this.add({ kind: 'mark', lane: this.lane('loop'), t, shape: 'callback', title: `callback ${ev.name}${ev.future ? ` (${ev.future})` : ''}` });
        break;
      case 'cancel_requested':
        this.cancelling.add(ev.task);
        this.add({ kind: 'mark', lane: this.lane(ev.task), t, shape: 'cancel', title: `cancel() on ${ev.task}${ev.by ? ' by ' + ev.by : ''}` });
        break;
      case 'stop_requested':
        this.add({ kind: 'vline', t, cls: 'stop', label: 'Stop', title: 'the page asked the run to stop' });
        break;
      case 'loop_blocked': {
        const title = `loop blocked by ${ev.task ?? 'the program'} for ${ev.ms} ms (time.sleep)`;
        this.blockBand = this.add({ kind: 'band', t0: t, t1: null, title });
        this.blockSeg = this.add({ kind: 'seg', lane: this.lane('loop'), state: 'blocked', t0: t, t1: null, title });
        break;
      }
      case 'loop_unblocked':
        if (this.blockBand) this.close(this.blockBand, t);
        if (this.blockSeg) this.close(this.blockSeg, t);
        break;
      case 'end':
        this.finish(t);
        break;
      default:
        break;
    }
    this.requestFrame();
  }

  /** Closes everything at t: the run is over. */
  finish(t) {
    this.now = Math.max(this.now, t);
    for (const item of [...this.open]) this.close(item, this.now);
    for (const lane of this.laneOrder) lane.current = null;
    this.finished = true;
    const tasks = this.laneOrder.filter((l) => l.kind === 'task').length;
    this.svg.setAttribute('aria-label', `Task timeline: ${tasks} task${tasks === 1 ? '' : 's'} over ${fmtMs(Math.round(this.now))}`);
    this.requestFrame();
  }

  /** Moves the "now" of open items (called by the player/run each frame). */
  setNow(t) {
    if (t > this.now) { this.now = t; this.requestFrame(); }
  }

  requestFrame() {
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => { this.frameRequested = false; this.draw(); });
  }

  x(t) {
    return this.labelW + (t / this.axisMax) * (this.width - this.labelW - PAD_R);
  }

  laneY(lane) {
    return AXIS_H + lane.index * (LANE_H + LANE_GAP);
  }

  /** The turns view: drawn whole (its runs are small; it caps itself). */
  drawTurns() {
    const width = Math.max(300, this.boxWidth || Math.floor(this.container.clientWidth));
    if (!this.dirty && !this.turnsChanged && width === this.width) return;
    // Drawn whole, so at most every TURNS_EVERY ms while events pour in.
    const now = performance.now();
    const every = TURNS_EVERY + this.turnView.slots.length; // a big view less often
    if (!this.dirty && !this.finished && now - (this.turnsDrawn ?? 0) < every) {
      if (!this.turnsTimer) this.turnsTimer = setTimeout(() => { this.turnsTimer = null; this.requestFrame(); }, every);
      return;
    }
    this.turnsDrawn = now;
    this.width = width;
    this.dirty = false;
    this.turnsChanged = false;
    const info = this.turnView.draw(this.svg, width);
    // Follow the run's end; scrolling (which lays the page out) only when
    // the view is wider than its box.
    const left = this.follow ? Math.max(0, this.turnView.width - width) : this.scrolledTo ?? 0;
    if (left !== (this.scrolledTo ?? 0)) this.container.scrollLeft = left;
    this.scrolledTo = left;
    TurnView.pinLabels(this.svg, left);
    const tasks = this.turnView.order.filter((l) => l.kind === 'task').length;
    this.svg.setAttribute('aria-label', `Task timeline by turn of the loop: ${tasks} task${tasks === 1 ? '' : 's'}, ${info.turns} turn${info.turns === 1 ? '' : 's'}`);
    if (info.capped) this.note.textContent = `This run took many steps: only the first ${info.slots} are drawn by turn; the time view shows it all.`;
  }

  /** Draws what changed; redraws everything when dirty. */
  draw() {
    if (this.mode === 'turns') { this.drawTurns(); return; }
    const width = Math.max(300, this.boxWidth || Math.floor(this.container.clientWidth));
    if (width !== this.width) { this.width = width; this.dirty = true; }
    while (this.now > this.axisMax * 0.97) { this.axisMax *= 2; this.dirty = true; }
    if (this.droppedCount > 5000) this.compact();
    if (this.dirty) this.rebuild();
    for (const item of this.changed) if (item.el) this.place(item);
    this.changed.clear();
    // At most DRAW_PER_FRAME new items per frame, so a burst never blocks.
    const stopAt = Math.min(this.items.length, this.nextToDraw + DRAW_PER_FRAME);
    for (; this.nextToDraw < stopAt; this.nextToDraw++) {
      const item = this.items[this.nextToDraw];
      if (!item.dropped) this.drawItem(item);
    }
    if (this.nextToDraw < this.items.length) this.requestFrame();
    for (const item of this.open) if (item.el) this.place(item);
    this.cursor.setAttribute('x1', this.x(this.now));
    this.cursor.setAttribute('x2', this.x(this.now));
    this.cursor.classList.toggle('hidden', this.finished || this.now === 0);
    if (this.capped) this.note.textContent = `This run has many events: only the first ${MAX_MARKS} timer and callback marks are drawn, and steps too short to see are merged.`;
  }

  /** Forgets dropped segments (a long run drops thousands of blips). */
  compact() {
    let drawn = 0;
    for (let i = 0; i < this.nextToDraw; i++) if (!this.items[i].dropped) drawn++;
    this.items = this.items.filter((item) => !item.dropped);
    this.nextToDraw = drawn;
    this.droppedCount = 0;
  }

  /** Clears the SVG and draws the axis, lanes and every item again. */
  rebuild() {
    this.dirty = false;
    this.labelW = this.coros.size ? Math.max(LABEL_W, Math.min(170, Math.floor(this.width * 0.28))) : LABEL_W;
    const height = AXIS_H + this.laneOrder.length * (LANE_H + LANE_GAP) + 4;
    this.height = height;
    this.svg.setAttribute('viewBox', `0 0 ${this.width} ${height}`);
    this.svg.setAttribute('width', this.width);
    this.svg.setAttribute('height', height);
    this.svg.replaceChildren();
    const defs = svgEl('defs', {}, this.svg);
    const marker = svgEl('marker', { id: 'arrowhead', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
    svgEl('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' }, marker);

    // Axis and grid.
    const grid = svgEl('g', { class: 'grid' }, this.svg);
    const span = this.axisMax;
    const targetTicks = this.width < 500 ? 4 : 8;
    const raw = span / targetTicks;
    const pow = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw);
    for (let ms = 0; ms <= span; ms += step) {
      const x = this.x(ms);
      svgEl('line', { x1: x, x2: x, y1: AXIS_H - 4, y2: height, class: 'gridline' }, grid);
      if (x + 44 > this.width) break; // no room for the label
      const label = svgEl('text', { x: x + 2, y: AXIS_H - 8, class: 'tick' }, grid);
      label.textContent = fmtTick(+ms.toFixed(6));
    }
    // Lanes.
    this.laneLayer = svgEl('g', { class: 'lanes' }, this.svg);
    for (const lane of this.laneOrder) {
      const y = this.laneY(lane);
      svgEl('rect', { x: 0, y, width: this.width, height: LANE_H, class: `lane-bg lane-${lane.kind}` }, this.laneLayer);
      const label = svgEl('text', { x: 6, y: y + LANE_H / 2 + 4, class: `lane-label lane-${lane.kind}`, 'data-lane': lane.name }, this.laneLayer);
      const full = this.labelFor(lane.name);
      const chars = Math.floor((this.labelW - 10) / 6.6);
      label.textContent = fitLabel(full, chars);
      if (full.length > chars) svgTitle(label, full);
    }
    this.bandLayer = svgEl('g', { class: 'bands' }, this.svg);
    this.segLayer = svgEl('g', { class: 'segs' }, this.svg);
    this.markLayer = svgEl('g', { class: 'marks' }, this.svg);
    this.arrowLayer = svgEl('g', { class: 'arrows' }, this.svg);
    this.cursor = svgEl('line', { x1: 0, x2: 0, y1: AXIS_H - 4, y2: height, class: 'now-cursor' }, this.svg);
    this.markCount = 0;
    this.nextToDraw = 0;
    this.changed.clear();
    for (const item of this.items) { item.el = null; item.label = null; }
  }

  /** Creates the SVG for one model item. */
  drawItem(item) {
    if (item.kind === 'mark' || item.kind === 'sleep') {
      if (this.markCount >= MAX_MARKS) { this.capped = true; return; }
      this.markCount++;
    }
    let node;
    switch (item.kind) {
      case 'seg':
        node = svgEl('rect', { class: `seg st-${item.state}${item.thin || TERMINAL.has(item.state) ? ' thin' : ''}`, 'data-lane': item.lane.name, 'data-state': item.state }, this.segLayer);
        break;
      case 'sleep':
        node = svgEl('line', { class: 'sleep' }, this.markLayer);
        break;
      case 'band':
        node = svgEl('rect', { class: 'band blocked' }, this.bandLayer);
        // Its label goes on top, over the loop lane's dark segment.
        item.label = svgEl('text', { class: 'band-label' }, this.arrowLayer);
        item.label.textContent = 'loop blocked';
        break;
      case 'vline':
        node = svgEl('g', { class: `vline ${item.cls}` }, this.bandLayer);
        svgEl('line', {}, node);
        svgEl('text', {}, node).textContent = item.label;
        break;
      case 'arrow':
        node = svgEl('line', { class: 'await-arrow', 'marker-end': 'url(#arrowhead)', 'data-from': item.from.name, 'data-to': item.to.name }, this.arrowLayer);
        break;
      case 'mark':
        node = item.shape === 'callback'
          ? svgEl('path', { class: 'mark callback' }, this.markLayer)
          : item.shape === 'timer-cancelled' || item.shape === 'cancel'
            ? svgEl('path', { class: `mark ${item.shape}` }, this.markLayer)
            : svgEl('circle', { class: `mark ${item.shape}`, r: 3.5 }, this.markLayer);
        break;
      default:
        return;
    }
    if (item.title) svgTitle(node, item.title);
    item.el = node;
    this.place(item);
  }

  /** Sets an item's geometry from the model and the current scale. */
  place(item) {
    const node = item.el;
    const t1 = item.t1 === null ? this.now : item.t1;
    switch (item.kind) {
      case 'seg': {
        const y = this.laneY(item.lane);
        const thin = item.thin || TERMINAL.has(item.state);
        const x0 = this.x(item.t0);
        node.setAttribute('x', x0);
        // A finished task is a mark where it ended, never a bar as if busy.
        node.setAttribute('width', TERMINAL.has(item.state) ? 6 : Math.max(thin && item.state !== 'loop' ? 6 : 2, this.x(t1) - x0));
        node.setAttribute('y', thin ? y + LANE_H / 2 - 3 : y + 3);
        node.setAttribute('height', thin ? 6 : LANE_H - 6);
        break;
      }
      case 'sleep': {
        const y = this.laneY(item.lane) + LANE_H - 2;
        node.setAttribute('x1', this.x(item.t0));
        node.setAttribute('x2', this.x(t1));
        node.setAttribute('y1', y);
        node.setAttribute('y2', y);
        break;
      }
      case 'band': {
        const rect = node;
        const label = item.label;
        const x0 = this.x(item.t0);
        const w = Math.max(2, this.x(t1) - x0);
        rect.setAttribute('x', x0);
        rect.setAttribute('width', w);
        rect.setAttribute('y', AXIS_H - 4);
        rect.setAttribute('height', this.height - AXIS_H + 4);
        // The label sits in the loop lane's dark segment, once there is room.
        label.setAttribute('x', x0 + 5);
        label.setAttribute('y', this.laneY(this.lanes.get('loop')) + LANE_H / 2 + 4);
        label.classList.toggle('hidden', w < 90);
        break;
      }
      case 'vline': {
        const x = this.x(item.t);
        const [line, text] = node.children;
        line.setAttribute('x1', x); line.setAttribute('x2', x);
        line.setAttribute('y1', AXIS_H - 4); line.setAttribute('y2', this.height);
        text.setAttribute('x', x + 3); text.setAttribute('y', this.height - 4);
        break;
      }
      case 'arrow': {
        const x = this.x(item.t) + 3;
        const yFrom = this.laneY(item.from) + LANE_H / 2;
        const yTo = this.laneY(item.to) + (item.to.index > item.from.index ? 2 : LANE_H - 2);
        node.setAttribute('x1', x); node.setAttribute('x2', x + 6);
        node.setAttribute('y1', yFrom); node.setAttribute('y2', yTo);
        break;
      }
      case 'mark': {
        const x = this.x(item.t);
        const y = this.laneY(item.lane) + LANE_H / 2;
        if (item.shape === 'callback') node.setAttribute('d', `M${x},${y - 6} L${x + 5},${y} L${x},${y + 6} L${x - 5},${y} z`);
        else if (item.shape === 'timer-cancelled' || item.shape === 'cancel') node.setAttribute('d', `M${x - 4},${y - 4} L${x + 4},${y + 4} M${x + 4},${y - 4} L${x - 4},${y + 4}`);
        else { node.setAttribute('cx', x); node.setAttribute('cy', item.shape === 'timer-set' ? y - 5 : y + 5); }
        break;
      }
      default:
        break;
    }
  }
}
