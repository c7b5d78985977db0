# A TimerHandle from call_later cancelled before it fires; cancelled() and when() relative to now.
import asyncio


def callback(n):
    print('callback', n)


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    h1 = loop.call_later(0.1, callback, 1)
    h2 = loop.call_later(0.2, callback, 2)
    h3 = loop.call_soon(callback, 3)
    print(type(h1).__name__, type(h3).__name__)
    print('h2 when offset:', round(h2.when() - now, 1))
    h2.cancel()
    h3.cancel()
    print('cancelled:', h1.cancelled(), h2.cancelled(), h3.cancelled())
    await asyncio.sleep(0.3)
    print('done')


asyncio.run(main())
