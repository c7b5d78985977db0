// course-example.js -- a course page reacting to its lessons: it counts the
// three examples that finished (a progress mark, as a quiz would).
const done = new Set();
document.addEventListener('run-end', (e) => {
  if (e.detail.status === 'ok' && e.target.id.startsWith('demo-')) done.add(e.target.id);
  document.getElementById('finished').textContent = String(done.size);
});
