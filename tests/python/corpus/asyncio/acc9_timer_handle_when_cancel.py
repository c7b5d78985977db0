# TimerHandle: when() relative to loop.time(), comparisons, cancelling a timer before it fires.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    now = loop.time()
    h1 = loop.call_at(now + 0.02, fired.append, 1)
    h2 = loop.call_at(now + 0.01, fired.append, 2)
    h3 = loop.call_later(0.015, fired.append, 3)
    print('h1 - now:', round(h1.when() - now, 3))
    print('h2 < h1:', h2 < h1, 'h1 == h1:', h1 == h1, 'h1 == h2:', h1 == h2)
    h3.cancel()
    print('h3 cancelled:', h3.cancelled())
    await asyncio.sleep(0.05)
    print('fired:', fired)
    h1.cancel()
    print('cancel after it ran:', h1.cancelled())

asyncio.run(main())
