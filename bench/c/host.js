/*
 * host.js -- --pre-js for the wasm benchmark programs: gives them the host
 * the JS API gives every lesson (web/casyncio.js), so a standalone program
 * is measured as the product runs:
 *   wait(ms)  a timer until 4 ms before the deadline, then message-loop turns
 *             (not clamped), so deadlines are met within a fraction of a ms;
 *   turn()    one message-loop turn (setImmediate in Node, MessageChannel
 *             in a browser).
 * Without a casHost the library falls back to plain setTimeout for both.
 * CAS_BENCH_HOST=plain in the environment leaves the fallback in place.
 */
if (typeof process === 'undefined' || process.env.CAS_BENCH_HOST !== 'plain') {
  Module['casHost'] = (() => {
    /* setImmediate in Node; in a browser a MessageChannel, made on first
     * use (as web/casyncio.js does: creating one costs Node start-up time). */
    let channel = null;
    const waiters = [];
    const nextTurn = typeof setImmediate === 'function' ? (resolve) => setImmediate(resolve) : (resolve) => {
      if (!channel) {
        channel = new MessageChannel();
        channel.port1.onmessage = () => { const r = waiters.shift(); if (r) r(); };
      }
      waiters.push(resolve);
      channel.port2.postMessage(0);
    };
    const host = {
      wait(ms) {
        return new Promise((resolve) => {
          const deadline = performance.now() + Math.max(0, ms);
          const tick = () => {
            const left = deadline - performance.now();
            if (left <= 0) resolve();
            else if (left > 4) setTimeout(tick, left - 4);
            else host.turn().then(tick);
          };
          tick();
        });
      },
      turn() {
        return new Promise(nextTurn);
      },
      event() {},
    };
    return host;
  })();
}
