# call_later and call_at ordering, TimerHandle.when() relative to loop.time()
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    start = loop.time()
    h1 = loop.call_later(0.05, log.append, "later-0.05")
    h2 = loop.call_at(start + 0.01, log.append, "at+0.01")
    h3 = loop.call_later(0.03, log.append, "later-0.03")
    print(round(h1.when() - start, 2) >= 0.05, h2.when() == start + 0.01)
    h3.cancel()
    await asyncio.sleep(0.2)
    print(log)
    print(type(h1).__name__, h3.cancelled())

asyncio.run(main())
