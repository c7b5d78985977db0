# PyMOTW asyncio_call_at: call_at with loop.time(), printing times relative to the start, rounded.
import asyncio
import time

start = None


def callback(n, loop, expected):
    elapsed = loop.time() - start
    print('callback {} invoked, on time: {}'.format(n, elapsed >= expected - 1e-9))


async def main(loop):
    global start
    now = loop.time()
    start = now
    print('clock time: {}'.format(type(time.time()).__name__))
    print('loop  time: {:.1f}'.format(now - start))

    print('registering callbacks')
    loop.call_at(now + 0.2, callback, 1, loop, 0.2)
    loop.call_at(now + 0.1, callback, 2, loop, 0.1)
    loop.call_soon(callback, 3, loop, 0)

    await asyncio.sleep(0.4)


event_loop = asyncio.get_event_loop()
try:
    print('entering event loop')
    event_loop.run_until_complete(main(event_loop))
finally:
    print('closing event loop')
    event_loop.close()
