// output-log.js -- a run's output log, as quick to keep up with 200,000
// lines as with ten (the page's and the <casyncio-lesson> element's).
//
// Lines go into chunks of CHUNK lines.  A full chunk is skipped by layout
// and paint while it is off screen (`.chunk.full { content-visibility:
// auto }` in style.css and casyncio-lesson.css, with the height it had as
// it closed), so a frame's work stays
// small however long the output grows, and every line stays in the page, to
// select, copy and find.  Appending a line reads no layout: the log follows
// its end, scrolled there at most once a frame, until the reader scrolls up,
// and follows again once they are back at the end.  (Before: a layout read
// per line, growing with the lines shown; 200,000 prints came out at 75
// lines a second, with the page unresponsive for a second at a time.)

/** Lines per chunk. */
export const CHUNK = 200;

/* A full chunk, skipped while off screen, keeps its height (measured once,
 * as it closes: the browser remembers a height only for a chunk it has
 * drawn, and lines come faster than frames), so the log neither shrinks
 * nor jumps as chunks leave the screen. */
function close(chunk) {
  chunk.style.containIntrinsicBlockSize = `auto ${chunk.getBoundingClientRect().height}px`;
  chunk.classList.add('full');
}

export class OutputLog {
  /** box: the scrolling element the lines go into. */
  constructor(box) {
    this.box = box;
    this.chunk = null;     // the chunk lines go into
    this.count = 0;        // its lines
    this.follows = true;   // scroll to the end as lines come
    this.top = 0;          // scrollTop at the last scroll event
    this.height = 0;       // scrollHeight then
    this.frame = 0;        // the pending scroll to the end
    box.addEventListener('scroll', () => this.scrolled(), { passive: true });
  }

  /** The last line, or null. */
  get last() { return this.chunk?.lastElementChild ?? null; }

  /** Adds a line at the end; returns it. */
  append(line) {
    if (!this.chunk || this.count === CHUNK) {
      if (this.chunk) close(this.chunk);
      this.chunk = this.box.ownerDocument.createElement('div');
      this.chunk.className = 'chunk';
      this.box.appendChild(this.chunk);
      this.count = 0;
    }
    this.chunk.appendChild(line);
    this.count++;
    this.toEndSoon();
    return line;
  }

  /** Follows the end again (a line the reader must see, as Stop's). */
  follow() {
    this.follows = true;
    this.toEndSoon();
  }

  /** Empties the log; it follows its end. */
  clear() {
    this.box.replaceChildren();
    this.chunk = null;
    this.count = 0;
    this.follows = true;
    this.top = 0;
    this.height = 0;
  }

  toEndSoon() {
    if (this.follows && !this.frame) this.frame = requestAnimationFrame(() => this.toEnd());
  }

  toEnd() {
    this.frame = 0;
    if (this.follows) this.box.scrollTop = this.box.scrollHeight;
  }

  /* A scroll up is the reader's (the log only scrolls down, to its end,
   * and lines may have come since it did), unless the content shrank
   * under it; back at the end, it follows. */
  scrolled() {
    const top = this.box.scrollTop;
    const height = this.box.scrollHeight;
    if (top < this.top && height >= this.height) this.follows = false;
    else if (height - top - this.box.clientHeight < 24) this.follows = true;
    this.top = top;
    this.height = height;
  }
}
