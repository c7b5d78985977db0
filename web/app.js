// app.js -- the tutorial page's behaviour (plain ES module, no bundler).
//
//  * Lessons: the list from lessons/lessons.json, one lesson per `#<id>`;
//    its README.md rendered as plain paragraphs/headings/lists (text nodes
//    only), its lesson.c and program.py highlighted with the local
//    highlight.js.
//  * Runs: `run()` from casyncio.js with the chosen clock, seed and input.
//    Under the real clock, events are shown as they arrive.  Under the
//    virtual clock the runtime finishes at once and a player replays the
//    events paced by their `t` (scaled by the speed), or one per Step click.
//  * Output: a role="log" list, one element per printed line (text, task,
//    time), plus marked notices for cancellations, failures and the end.
//  * Timeline: an SVG with one lane per task (and the loop, and any awaited
//    gather/future), drawn as events arrive.
//
// Everything that comes from the runtime or from files is put in the page
// with textContent / createTextNode, never as HTML.  The exports at the end
// are for the browser tests (which import this module a second time from
// the page and get this same instance).
import { run } from './casyncio.js';

const $ = (id) => document.getElementById(id);
const SVGNS = 'http://www.w3.org/2000/svg';
const SEED_MAX = Number.MAX_SAFE_INTEGER;

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

/** Creates an element with attributes and text (text as a text node). */
function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Creates an SVG element under parent. */
function svgEl(tag, attrs, parent) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (parent) parent.appendChild(node);
  return node;
}

/** Adds a tooltip (<title>) to an SVG element, as text. */
function svgTitle(node, text) {
  svgEl('title', {}, node).textContent = text;
}

/** Formats an event time in ms: integers as is, others to 0.1 ms. */
function fmtMs(t) {
  return (Number.isInteger(t) ? String(t) : t.toFixed(1)) + ' ms';
}

/** Formats an axis tick. */
function fmtTick(ms) {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(2)} s` : `${ms} ms`;
}

/** Yields to the event loop (used to keep long event bursts responsive). */
function yieldToBrowser() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/* ------------------------------------------------------------------ */
/* README rendering: a tiny Markdown subset, as text nodes only        */
/* ------------------------------------------------------------------ */

/** Appends inline text with `code`, **bold** and *emphasis* spans to parent. */
function appendInline(parent, text) {
  const re = /(`[^`]+`|\*\*[^*]+\*\*|\*[^*\s][^*]*\*)/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
    const tok = m[0];
    if (tok.startsWith('`')) parent.appendChild(el('code', {}, tok.slice(1, -1)));
    else if (tok.startsWith('**')) parent.appendChild(el('strong', {}, tok.slice(2, -2)));
    else parent.appendChild(el('em', {}, tok.slice(1, -1)));
    last = m.index + tok.length;
  }
  if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
}

/**
 * Renders README text into container: `#` headings (the first `#` title is
 * skipped: the page shows the lesson title), `*`/`-` bullet lists and
 * paragraphs; anything else is plain text.
 */
export function renderReadme(container, markdown) {
  container.replaceChildren();
  const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  let first = true;
  for (const raw of blocks) {
    const block = raw.replace(/^\n+|\s+$/g, '');
    if (!block) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(block);
    if (heading && !block.includes('\n')) {
      const level = heading[1].length;
      if (level === 1 && first) { first = false; continue; }
      const h = el(`h${Math.min(6, level + 2)}`);
      appendInline(h, heading[2]);
      container.appendChild(h);
    } else if (/^[*-]\s/.test(block)) {
      // One item per `* ` line; indented lines continue the item.
      const ul = el('ul');
      const items = [];
      let cur = null;
      for (const line of block.split('\n')) {
        const m = /^[*-]\s+(.*)$/.exec(line);
        if (m) items.push(cur = [m[1]]);
        else if (cur) cur.push(line.trim());
      }
      for (const parts of items) {
        const li = el('li');
        appendInline(li, parts.join(' '));
        ul.appendChild(li);
      }
      container.appendChild(ul);
    } else {
      const p = el('p');
      appendInline(p, block.split('\n').map((l) => l.trim()).join(' '));
      container.appendChild(p);
    }
    first = false;
  }
}

/* ------------------------------------------------------------------ */
/* Timeline (SVG)                                                      */
/* ------------------------------------------------------------------ */

const LABEL_W = 78;   // lane labels
const LANE_H = 22;    // lane height
const LANE_GAP = 6;
const AXIS_H = 24;    // time axis at the top
const PAD_R = 14;
const MAX_MARKS = 1500;   // beyond this many marks (timers, callbacks), marks are left out
const DRAW_PER_FRAME = 250; // new SVG items per animation frame
const BUSY_LANE = 12;     // in a lane with more segments, invisible blips are merged away
const TERMINAL = new Set(['done', 'cancelled', 'failed']);

/**
 * The task timeline.  A model (lanes, segments, marks, arrows, bands) that
 * events update, and an SVG drawn from it: new items are appended on the
 * next animation frame; a rescale (the run outgrew the time axis), a new
 * lane or a resize redraws everything.
 */
class Timeline {
  constructor(container) {
    this.container = container;
    this.svg = svgEl('svg', { class: 'timeline-svg', role: 'img', 'aria-label': 'Task timeline' });
    container.replaceChildren(this.svg);
    this.note = el('p', { class: 'timeline-note' });
    container.appendChild(this.note);
    this.frameRequested = false;
    new ResizeObserver(() => { this.dirty = true; this.requestFrame(); }).observe(container);
    this.reset(1000);
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
        const lane = this.lane(ev.task);
        const sleep = this.add({ kind: 'sleep', lane, t0: t, t1: t + ev.delay, title: `timer ${ev.id}: ${ev.delay} ms` });
        this.timers.set(ev.id, { lane, sleep });
        this.add({ kind: 'mark', lane, t, shape: 'timer-set', title: `timer ${ev.id} set for ${ev.delay} ms (${ev.task})` });
        break;
      }
      case 'timer_fired': {
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
        this.add({ kind: 'mark', lane: this.lane('loop'), t, shape: 'callback', title: `callback ${ev.name} (${ev.future})` });
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
    return LABEL_W + (t / this.axisMax) * (this.width - LABEL_W - PAD_R);
  }

  laneY(lane) {
    return AXIS_H + lane.index * (LANE_H + LANE_GAP);
  }

  /** Draws what changed; redraws everything when dirty. */
  draw() {
    const width = Math.max(300, Math.floor(this.container.clientWidth));
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
      const label = svgEl('text', { x: 6, y: y + LANE_H / 2 + 4, class: `lane-label lane-${lane.kind}` }, this.laneLayer);
      label.textContent = lane.name;
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
        node.setAttribute('width', Math.max(thin && item.state !== 'loop' ? 6 : 2, this.x(t1) - x0));
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

/* ------------------------------------------------------------------ */
/* Output log and status                                               */
/* ------------------------------------------------------------------ */

/** One line of the log: time, task and text, all as text. */
function logLine(kind, t, task, text) {
  const line = el('div', { class: `line ${kind}` });
  line.append(
    el('span', { class: 't' }, fmtMs(t)),
    el('span', { class: 'task', title: task ?? 'outside any task' }, task ?? 'main'),
    el('span', { class: 'text' }, text),
  );
  return line;
}

/** A short description of an event, for the last-event readout. */
function describe(ev) {
  switch (ev.type) {
    case 'print': return `${ev.task ?? 'main'} prints “${ev.text}”`;
    case 'task_created': return `${ev.task} created${ev.by ? ' by ' + ev.by : ''}`;
    case 'task_started': return `${ev.task} starts running`;
    case 'task_suspended': return `${ev.task} suspends: waits on ${ev.on ? `${ev.waits} ${ev.on}` : ev.waits}`;
    case 'task_resumed': return `${ev.task} resumes`;
    case 'task_done': return `${ev.task} done, result ${JSON.stringify(ev.result)}`;
    case 'task_cancelled': return `${ev.task} cancelled`;
    case 'task_failed': return `${ev.task} failed: ${ev.error?.type}: ${ev.error?.message}`;
    case 'timer_set': return `${ev.task} sets timer ${ev.id} for ${ev.delay} ms`;
    case 'timer_fired': return `timer ${ev.id} fires: ${ev.task} is ready`;
    case 'timer_cancelled': return `timer ${ev.id} cancelled`;
    case 'callback': return `loop runs callback ${ev.name} for ${ev.future}`;
    case 'cancel_requested': return `cancel() on ${ev.task}`;
    case 'stop_requested': return 'the page asks the run to stop';
    case 'run_started': return 'asyncio.run starts the loop';
    case 'run_finished': return 'asyncio.run returns';
    case 'loop_blocked': return `the loop is blocked for ${ev.ms} ms (time.sleep)`;
    case 'loop_unblocked': return 'the loop runs again';
    case 'error': return `error ${ev.code}: ${ev.message}`;
    case 'end': return `end: ${ev.status}`;
    default: return ev.type;
  }
}

const ui = {};       // element references, filled by init()
let timeline = null; // the Timeline
let lessonList = []; // lessons.json
let current = null;  // the lesson shown: {id, title, ...}
let session = null;  // the active run (Session) or null

function setStatus(text, kind = '') {
  ui.status.textContent = text;
  ui.status.className = `status ${kind}`;
}

/** Shows a field error next to its field (empty text clears it). */
function fieldError(input, box, message) {
  box.textContent = message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/**
 * Renders one event into the log, timeline and status: the page's single
 * entry point for runtime events (exported for the tests).
 */
export function renderEvent(ev) {
  timeline.apply(ev);
  ui.lastEvent.textContent = `#${ev.seq} at ${fmtMs(ev.t)}: ${describe(ev)}`;
  let line = null;
  switch (ev.type) {
    case 'print':
      line = logLine('print', ev.t, ev.task, String(ev.text));
      break;
    case 'task_cancelled':
      line = logLine('notice cancelled', ev.t, ev.task, `${ev.task} was cancelled`);
      break;
    case 'task_failed':
      line = logLine('notice failed', ev.t, ev.task, `${ev.task} failed: ${ev.error?.type}: ${ev.error?.message}`);
      break;
    case 'stop_requested':
      line = logLine('notice stop', ev.t, null, 'Stop requested: cancelling every task');
      break;
    case 'error':
      line = logLine('notice error', ev.t, null, `${ev.code}: ${ev.message}`);
      showRuntimeError(ev);
      break;
    case 'end': {
      const text = ev.status === 'ok' ? 'run finished: ok'
        : ev.status === 'cancelled' ? 'run finished: cancelled'
          : `run finished with an error: ${ev.error?.type ?? ''}: ${ev.error?.message ?? ''}`;
      line = logLine(`notice end end-${ev.status}`, ev.t, null, text);
      line.dataset.status = ev.status;
      if (ev.status === 'ok') setStatus(`Finished in ${fmtMs(ev.t)}.`, 'ok');
      else if (ev.status === 'cancelled') setStatus('Stopped.', 'stopped');
      else setStatus(`Error: ${ev.error?.message ?? 'the run failed'}`, 'error');
      ui.output.dataset.status = ev.status;
      break;
    }
    default:
      break;
  }
  if (line) {
    const atBottom = ui.output.scrollHeight - ui.output.scrollTop - ui.output.clientHeight < 24;
    ui.output.appendChild(line);
    if (atBottom) ui.output.scrollTop = ui.output.scrollHeight;
  }
}

/** Shows a runtime input error next to the field it is about. */
function showRuntimeError(ev) {
  if (ev.code !== 'EINVAL') return;
  const msg = String(ev.message).replace(/^ValueError:\s*/, '');
  if (/seed/i.test(msg)) fieldError(ui.seed, ui.seedError, `The runtime says: ${msg}`);
  else if (current?.id === 'factorial') fieldError(ui.numbers, ui.numbersError, `The runtime says: ${msg}`);
}

/* ------------------------------------------------------------------ */
/* Runs and the virtual-clock player                                   */
/* ------------------------------------------------------------------ */

/**
 * One run of a lesson.  Events from run() go into a queue; a pump shows
 * them: at once (real clock, in slices so bursts never block the page), or
 * paced by t / speed, or one per step (virtual clock).
 */
class Session {
  constructor({ lesson, clock, seed, input, speed, paused }) {
    this.lesson = lesson;
    this.clock = clock;
    this.speed = speed;         // number or 'instant' (virtual clock)
    this.paused = !!paused;     // stepping
    this.pendingSteps = 0;      // Step clicks made before their event arrived
    this.queue = [];
    this.shown = 0;
    this.received = 0;
    this.ended = false;         // the end event was shown
    this.streamDone = false;    // run() finished delivering
    this.stopped = false;
    this.controller = new AbortController();
    this.vt = 0;                // replay clock (virtual), ms of run time
    this.base = null;           // {vt, wall}: replay clock anchor
    this.timer = null;
    const options = { clock, signal: this.controller.signal };
    if (seed !== undefined) options.seed = seed;
    if (input !== undefined) options.input = input;
    this.options = options;
  }

  async start() {
    this.tick();
    try {
      for await (const ev of run(this.lesson, this.options)) {
        if (this !== session) break; // replaced by another run or lesson: drop it
        this.queue.push(ev);
        this.received++;
        this.lastArrival = performance.now();
        this.pump();
      }
    } catch (error) {
      this.queue.push({ v: 1, seq: this.received + 1, t: this.vt, type: 'error', code: 'EHOST', message: String(error?.message ?? error) });
      this.queue.push({ v: 1, seq: this.received + 2, t: this.vt, type: 'end', status: 'error', error: { type: 'Error', message: String(error?.message ?? error) } });
    }
    this.streamDone = true;
    this.pump();
  }

  /** Shows queued events that are due. */
  pump() {
    if (this.pumping || this.ended || this !== session) return;
    if (this.paused) {
      while (this.pendingSteps > 0 && this.shown < this.queue.length) { this.pendingSteps--; this.showStep(); }
    } else if (this.clock === 'real' || this.speed === 'instant') this.drain(Infinity);
    else this.drainPaced();
    updateButtons();
  }

  /** Shows up to `until` (ms of run time) in time slices of ~8 ms. */
  async drain(until) {
    this.pumping = true;
    let sliceStart = performance.now();
    while (this.shown < this.queue.length && !this.ended && this.queue[this.shown].t <= until) {
      this.show(this.queue[this.shown]);
      if (performance.now() - sliceStart > 8) {
        await yieldToBrowser();
        sliceStart = performance.now();
        if (this !== session) break;
      }
    }
    this.pumping = false;
    if (this.shown < this.queue.length && !this.ended && this === session && (this.clock === 'real' || this.speed === 'instant')) this.pump();
  }

  show(ev) {
    this.shown++;
    if (ev.t > this.vt) this.vt = ev.t;
    renderEvent(ev);
    if (ev.type === 'end') this.finish();
  }

  /** Virtual clock: shows events up to the replay clock, then sleeps until the next one. */
  drainPaced() {
    clearTimeout(this.timer);
    const now = performance.now();
    if (!this.base) this.base = { vt: this.vt, wall: now };
    const vt = this.base.vt + (now - this.base.wall) * this.speed;
    while (this.shown < this.queue.length && !this.ended && this.queue[this.shown].t <= vt) this.show(this.queue[this.shown]);
    if (!this.ended) this.vt = Math.max(this.vt, vt);
    if (this.ended || this.shown >= this.queue.length) return;
    const next = this.queue[this.shown].t;
    this.timer = setTimeout(() => this.pump(), Math.max(0, (next - vt) / this.speed));
  }

  /** Virtual clock: shows the next event only and pauses. */
  step() {
    this.paused = true;
    this.base = null;
    clearTimeout(this.timer);
    if (this.shown < this.queue.length) this.showStep();
    else if (!this.streamDone) this.pendingSteps++;
    updateButtons();
  }

  showStep() {
    if (this.ended) return;
    this.show(this.queue[this.shown]);
    if (!this.ended) setStatus(`Paused at ${fmtMs(this.vt)}: event ${this.shown} of ${this.streamDone ? this.queue.length : '…'}. Step shows the next one.`, 'paused');
  }

  setSpeed(speed) {
    this.speed = speed;
    this.base = null;
    if (!this.paused) this.pump();
  }

  /** Stop: aborts the runtime if it still runs; stops a replay. */
  stop() {
    if (this.ended) return;
    this.stopped = true;
    this.controller.abort();
    if (this.clock === 'virtual') {
      // The runtime finished long ago: the replay simply ends here.
      clearTimeout(this.timer);
      const t = this.vt;
      const seq = (this.queue[this.shown - 1]?.seq ?? 0);
      this.queue.length = this.shown;
      renderEvent({ v: 1, seq, t, type: 'stop_requested' });
      renderEvent({ v: 1, seq, t, type: 'end', status: 'cancelled' });
      this.finish();
    } else {
      setStatus('Stopping…', 'stopping');
    }
    updateButtons();
  }

  finish() {
    this.ended = true;
    clearTimeout(this.timer);
    updateButtons();
  }

  /** Animation: moves the timeline's "now" while the run is live. */
  tick() {
    if (this !== session || this.ended) return;
    if (this.clock === 'real') {
      if (this.lastArrival !== undefined && this.shown === this.received) {
        const last = this.queue[this.shown - 1];
        if (last) timeline.setNow(last.t + (performance.now() - this.lastArrival));
      }
    } else if (!this.paused && this.speed !== 'instant' && this.base) {
      const vt = this.base.vt + (performance.now() - this.base.wall) * this.speed;
      const next = this.queue[this.shown];
      timeline.setNow(next ? Math.min(vt, next.t) : vt);
    }
    requestAnimationFrame(() => this.tick());
  }
}

/* ------------------------------------------------------------------ */
/* Controls                                                            */
/* ------------------------------------------------------------------ */

function selectedClock() {
  return ui.form.elements.clock.value === 'virtual' ? 'virtual' : 'real';
}

function selectedSpeed() {
  return ui.speed.value === 'instant' ? 'instant' : Number(ui.speed.value);
}

/** Parses the factorial numbers field: {numbers} or {error}. */
export function parseNumbers(text) {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'Enter at least one number, for example 5, 7, 3, 6.' };
  const parts = trimmed.split(',').map((s) => s.trim());
  if (parts.length > 100) return { error: `Enter at most 100 numbers (there are ${parts.length}).` };
  const numbers = [];
  for (const [i, part] of parts.entries()) {
    if (part === '') return { error: `Entry ${i + 1} is empty: remove the extra comma.` };
    if (!/^\d+$/.test(part)) return { error: `“${part}” is not a whole number from 0 to 1000.` };
    const n = Number(part);
    if (n > 1000) return { error: `${part} is too big: factorials here go from 0 to 1000.` };
    numbers.push(n);
  }
  return { numbers };
}

/** Parses the seed field: {seed} (undefined when empty) or {error}. */
export function parseSeed(text) {
  const s = text.trim();
  if (s === '') return { seed: undefined };
  if (!/^\d+$/.test(s) || Number(s) > SEED_MAX) return { error: `The seed must be a whole number from 0 to ${SEED_MAX}, or empty for random.` };
  return { seed: Number(s) };
}

/** Reads and checks the form; shows errors next to the fields. */
function readForm() {
  let ok = true;
  const seed = parseSeed(ui.seed.value);
  fieldError(ui.seed, ui.seedError, seed.error ?? '');
  if (seed.error) ok = false;
  let input;
  if (current?.id === 'factorial') {
    const parsed = parseNumbers(ui.numbers.value);
    fieldError(ui.numbers, ui.numbersError, parsed.error ?? '');
    if (parsed.error) ok = false;
    else input = { numbers: parsed.numbers, collect: ui.collect.value };
  }
  return ok ? { seed: seed.seed, input } : null;
}

/** Expected run length in ms, to size the timeline's axis. */
function expectedMs(lesson, input) {
  if (lesson.id === 'factorial' && input) return Math.max(1, ...input.numbers) * 100; // n steps of 0.1 s
  return (lesson.expected_seconds ?? 1) * 1000;
}

/**
 * Starts a run of the current lesson.  opts override the form (tests use
 * this to send input that the form would refuse).
 */
export function startRun(opts = {}) {
  if (!current) return null;
  const form = opts.skipForm ? { seed: opts.seed, input: opts.input } : readForm();
  if (!form) {
    setStatus('Fix the marked field first.', 'error');
    const bad = document.querySelector('[aria-invalid="true"]');
    if (bad) bad.focus();
    return null;
  }
  stopSession();
  const clock = opts.clock ?? selectedClock();
  ui.output.replaceChildren();
  delete ui.output.dataset.status;
  ui.lastEvent.textContent = '';
  timeline.reset(expectedMs(current, form.input));
  session = new Session({
    lesson: current.id, clock, seed: form.seed, input: form.input,
    speed: selectedSpeed(), paused: !!opts.paused,
  });
  setStatus(clock === 'real' ? 'Running (real clock)…'
    : opts.paused ? 'Paused: Step shows the next event.'
      : `Replaying the virtual-clock run at ${ui.speed.value === 'instant' ? 'full speed' : ui.speed.value + '×'}…`, 'running');
  session.start();
  if (opts.paused) session.step();
  updateButtons();
  return session;
}

/** Drops the active run (switching lessons, or starting another). */
function stopSession() {
  if (session && !session.ended) {
    session.stopped = true;
    session.controller.abort();
    clearTimeout(session.timer);
  }
  session = null;
}

function updateButtons() {
  const live = !!session && !session.ended;
  const virtual = selectedClock() === 'virtual';
  const hadFocus = document.activeElement;
  ui.stop.disabled = !live;
  ui.step.disabled = !virtual || (live && session.clock !== 'virtual');
  ui.speed.disabled = !virtual;
  // A button that gets disabled loses focus: keep keyboard users on Run.
  if (hadFocus && hadFocus.disabled) ui.run.focus();
}

/* ------------------------------------------------------------------ */
/* Lessons                                                             */
/* ------------------------------------------------------------------ */

async function fetchText(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

let hljs = null;
/** highlight.js from vendor/, if the build copied it there. */
async function highlighter() {
  if (hljs === null) {
    hljs = await import('./vendor/highlight/highlight.min.js').then((m) => m.default).catch(() => false);
  }
  return hljs || null;
}

function renderNav() {
  ui.lessonList.replaceChildren();
  for (const lesson of lessonList) {
    const a = el('a', { href: `#${lesson.id}`, 'data-id': lesson.id });
    a.append(el('span', { class: 'nav-section' }, lesson.section), el('span', { class: 'nav-title' }, lesson.title));
    const li = el('li');
    li.appendChild(a);
    ui.lessonList.appendChild(li);
  }
}

let showToken = 0;
/** Shows the lesson named by the hash (the first one if none). */
async function showLesson(fromHashChange) {
  const id = decodeURIComponent(location.hash.slice(1));
  const lesson = lessonList.find((l) => l.id === id) ?? lessonList[0];
  if (!lesson) return;
  if (current && current.id === lesson.id) return;
  const token = ++showToken;
  stopSession();
  current = lesson;
  for (const a of ui.lessonList.querySelectorAll('a')) {
    if (a.dataset.id === lesson.id) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = `${lesson.title} · casyncio`;
  ui.section.textContent = `Chapter ${lesson.section}`;
  ui.title.textContent = lesson.title;
  ui.summary.textContent = lesson.summary ?? '';
  ui.factorialInput.hidden = lesson.id !== 'factorial';
  if (lesson.id === 'factorial' && lesson.input) {
    ui.numbers.value = lesson.input.numbers.join(', ');
    ui.collect.value = lesson.input.collect;
  }
  fieldError(ui.numbers, ui.numbersError, '');
  fieldError(ui.seed, ui.seedError, '');
  ui.output.replaceChildren();
  delete ui.output.dataset.status;
  ui.lastEvent.textContent = '';
  timeline.reset(expectedMs(lesson, lesson.input));
  setStatus('Ready: press Run.');
  ui.body.hidden = false;
  ui.pageStatus.hidden = true;
  if (fromHashChange) ui.title.focus();
  updateButtons();

  const base = `lessons/${encodeURIComponent(lesson.id)}/`;
  const [readme, c, py, hl] = await Promise.all([
    fetchText(base + 'README.md').catch((e) => `Explanation not available (${e.message}).`),
    fetchText(base + 'lesson.c').catch((e) => `/* not available: ${e.message} */`),
    fetchText(base + 'program.py').catch((e) => `# not available: ${e.message}`),
    highlighter(),
  ]);
  if (token !== showToken) return;
  renderReadme(ui.readme, readme);
  for (const [code, text, lang] of [[ui.codeC, c, 'c'], [ui.codePy, py, 'python']]) {
    code.textContent = text;
    code.removeAttribute('data-highlighted');
    code.className = `language-${lang}`;
    if (hl && hl.getLanguage(lang)) hl.highlightElement(code);
  }
  ui.body.dataset.lesson = lesson.id;
}

async function init() {
  for (const [key, id] of Object.entries({
    pageStatus: 'page-status', body: 'lesson-body', lessonList: 'lesson-list', section: 'lesson-section',
    title: 'lesson-title', summary: 'lesson-summary', form: 'run-form', factorialInput: 'factorial-input',
    numbers: 'numbers', numbersError: 'numbers-error', collect: 'collect', seed: 'seed', seedError: 'seed-error',
    speed: 'speed', run: 'run', stop: 'stop', step: 'step', status: 'status', lastEvent: 'last-event',
    output: 'output', timeline: 'timeline', codeC: 'code-c', codePy: 'code-py', readme: 'readme',
  })) ui[key] = $(id);
  ui.title.tabIndex = -1;
  ui.run.setAttribute('aria-describedby', 'status');
  timeline = new Timeline(ui.timeline);

  ui.form.addEventListener('submit', (e) => { e.preventDefault(); startRun(); });
  ui.stop.addEventListener('click', () => { if (session) session.stop(); });
  ui.step.addEventListener('click', () => {
    if (session && !session.ended && session.clock === 'virtual') session.step();
    else startRun({ clock: 'virtual', paused: true });
  });
  ui.speed.addEventListener('change', () => { if (session && session.clock === 'virtual') session.setSpeed(selectedSpeed()); });
  for (const radio of ui.form.elements.clock) radio.addEventListener('change', updateButtons);
  ui.numbers.addEventListener('input', () => fieldError(ui.numbers, ui.numbersError, ''));
  ui.seed.addEventListener('input', () => fieldError(ui.seed, ui.seedError, ''));
  window.addEventListener('hashchange', () => showLesson(true));

  try {
    const res = await fetch('lessons/lessons.json');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    lessonList = await res.json();
  } catch (error) {
    ui.pageStatus.textContent = `Could not load the lessons (${error.message}).`;
    return;
  }
  renderNav();
  await showLesson(false);
  document.documentElement.dataset.ready = 'true';
}

init();
