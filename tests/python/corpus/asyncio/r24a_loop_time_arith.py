import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    elapsed = loop.time() - t0
    print("elapsed ~", round(elapsed, 1))
    print("type:", type(t0).__name__)
    h = loop.call_later(0.05, print, "fired")
    print("when - now ~", round(h.when() - loop.time(), 2))
    print(type(h).__name__)
    await asyncio.sleep(0.1)
    h2 = loop.call_at(loop.time() + 0.03, print, "fired at")
    print(round(h2.when() - loop.time(), 2), h2.cancelled())
    await asyncio.sleep(0.05)
    print("at least 0.25 s:", loop.time() - t0 >= 0.25)

asyncio.run(main())
