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
 * Commands from the parent:
 *   { source: 'casyncio', command: 'run' }   { source: 'casyncio', command: 'stop' }
 * `frame` is the `frame` query parameter, so a page with several frames can
 * tell them apart.
 */
import './casyncio-lesson.js';

const params = new URLSearchParams(location.search);
const frame = params.get('frame') ?? '';
const parentOrigin = params.get('parent') || '*';
const allowed = new Set((params.get('allow') || location.origin).split(',').map((s) => s.trim()).filter(Boolean));

const lesson = document.createElement('casyncio-lesson');
for (const name of ['lesson', 'seed', 'clock', 'input', 'show']) {
  const value = params.get(name);
  if (value !== null) lesson.setAttribute(name, value);
}
if (params.has('autorun') && params.get('autorun') !== '0') lesson.setAttribute('autorun', '');

function post(message) {
  if (window.parent === window) return;
  window.parent.postMessage({ source: 'casyncio', frame, ...message }, parentOrigin);
}

lesson.addEventListener('run-start', (e) => post({ type: 'run-start', lesson: e.detail.lesson, options: e.detail.options }));
lesson.addEventListener('event', (e) => post({ type: 'event', event: e.detail }));
lesson.addEventListener('run-end', (e) => post({ type: 'run-end', end: e.detail }));

window.addEventListener('message', (e) => {
  const data = e.data;
  if (!data || typeof data !== 'object' || data.source !== 'casyncio' || !('command' in data)) return;
  if (!allowed.has(e.origin)) {
    console.warn(`casyncio embed: ignored a command from ${e.origin}; allowed: ${[...allowed].join(', ')}`);
    post({ type: 'rejected', reason: `origin ${e.origin} is not allowed to send commands` });
    return;
  }
  if (data.command === 'run') lesson.run().catch(() => {});
  else if (data.command === 'stop') lesson.stop();
  else post({ type: 'rejected', reason: `unknown command "${String(data.command)}"; the commands are run and stop` });
});

document.getElementById('root').appendChild(lesson);
post({ type: 'ready', lesson: params.get('lesson') });
