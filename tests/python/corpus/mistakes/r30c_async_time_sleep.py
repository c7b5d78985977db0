# time.sleep inside coroutines serialises the "concurrent" work.
import asyncio
import time

async def worker(name, delay):
    print(name, "start")
    time.sleep(delay)
    print(name, "end")
    return name

async def main():
    t0 = time.perf_counter()
    await asyncio.gather(worker("a", 0.1), worker("b", 0.1))
    elapsed = time.perf_counter() - t0
    print("took at least 0.2s:", elapsed >= 0.19)

asyncio.run(main())
