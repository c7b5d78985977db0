/**
 * embed.js -- the iframe route (embed.html): builds one <casyncio-lesson>
 * from the query string and relays its events to the parent page with
 * postMessage; accepts run and stop commands only from the origins the host
 * lists in `allow`.
 *
 * Messages to the parent (all plain objects):
 *   { source: 'casyncio', type: 'ready',     frame, lesson }
 *   { source: 'casyncio', type: 'run-start', frame, lesson, options }
 *   { source: 'casyncio', type: 'event',     frame, event }   (the runtime event)
 *   { source: 'casyncio', type: 'run-end',   frame, end }     (the end event)
 *   { source: 'casyncio', type: 'rejected',  frame, reason }  (a command that was refused)
 *   { source: 'casyncio', type: 'height',    frame, height }  (the frame's content height in CSS px, at start and on every change)
 * Commands from the parent:
 *   { source: 'casyncio', command: 'run' }   { source: 'casyncio', command: 'stop' }
 * `frame` is the `frame` query parameter, so a page with several frames can
 * tell them apart.  A command from an opaque origin ("null": a sandboxed
 * frame, a data: or file: page) is always refused, since any other opaque
 * origin would pass for it; `allow=null` allows nothing.  A `run` while a
 * run is live restarts it (the element's rule: the first run's run-end
 * comes before the second's run-start).
 */
import './casyncio-lesson.js';

const params = new URLSearchParams(location.search);
const frame = params.get('frame') ?? '';
/** An origin as the browser writes it (https://host[:port]), or null if s is none. */
function originOf(s) {
  try {
    const origin = new URL(s).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
/* Messages go to `parent` only; a value that is not an origin posts none
 * (never to any origin by mistake) and says so in the frame. */
const parentParam = params.get('parent');
const parentOrigin = parentParam ? originOf(parentParam) : '*';
const allowed = new Set((params.get('allow') || location.origin).split(',').map((s) => originOf(s.trim())).filter(Boolean));
const REASON_MAX = 40;

/** A short, printable description of a command value, for `rejected`. */
function describeCommand(command) {
  if (typeof command !== 'string') return `a command of type ${command === null ? 'null' : typeof command}`;
  const text = command.replace(/[^\x20-\x7e]/g, '?');
  return `unknown command "${text.length > REASON_MAX ? text.slice(0, REASON_MAX) + '…' : text}"`;
}

const lesson = document.createElement('casyncio-lesson');
for (const name of ['lesson', 'seed', 'clock', 'input', 'show', 'fields']) {
  const value = params.get(name);
  if (value !== null) lesson.setAttribute(name, value);
}
for (const flag of ['autorun', 'editable']) {
  if (params.has(flag) && params.get(flag) !== '0') lesson.setAttribute(flag, '');
}

function post(message) {
  if (window.parent === window || !parentOrigin) return;
  window.parent.postMessage({ source: 'casyncio', frame, ...message }, parentOrigin);
}

lesson.addEventListener('run-start', (e) => post({ type: 'run-start', lesson: e.detail.lesson, options: e.detail.options }));
lesson.addEventListener('event', (e) => post({ type: 'event', event: e.detail }));
lesson.addEventListener('run-end', (e) => post({ type: 'run-end', end: e.detail }));

window.addEventListener('message', (e) => {
  const data = e.data;
  if (!data || typeof data !== 'object' || data.source !== 'casyncio' || !('command' in data)) return;
  if (e.origin === 'null' || !allowed.has(e.origin)) {
    console.warn(`casyncio embed: ignored a command from ${e.origin}; allowed: ${[...allowed].join(', ') || 'none'}`);
    post({ type: 'rejected', reason: `origin ${e.origin} is not allowed to send commands` });
    return;
  }
  if (data.command === 'run') lesson.run().catch(() => {});
  else if (data.command === 'stop') lesson.stop();
  else post({ type: 'rejected', reason: `${describeCommand(data.command)}; the commands are run and stop` });
});

document.getElementById('root').appendChild(lesson);
if (!parentOrigin) {
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.className = 'embed-error';
  note.textContent = `casyncio embed: parent="${parentParam.slice(0, 80)}" is not an origin such as https://your.course; no message is posted to the page`;
  document.getElementById('root').prepend(note);
}
post({ type: 'ready', lesson: params.get('lesson') });

/* The frame's height, whenever it changes (output grows, the editor is
 * resized, a narrower frame wraps more): the host sets the iframe's height
 * from it, so the lesson never scrolls inside a fixed box. */
let lastHeight = -1;
function postHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  post({ type: 'height', height });
}
new ResizeObserver(postHeight).observe(document.documentElement);
postHeight();
