import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(0.01 * i, fired.append, i) for i in range(1, 6)]
    handles[1].cancel()
    handles[3].cancel()
    print([h.cancelled() for h in handles])
    await asyncio.sleep(0.08)
    print("fired:", fired)
    print(all(h.when() > 0 for h in handles))


asyncio.run(main())
