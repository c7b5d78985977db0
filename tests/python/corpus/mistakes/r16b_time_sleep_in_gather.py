# time.sleep inside coroutines: gather runs them one after another, not together
import asyncio
import time

async def worker(name, delay):
    print(name, "starts")
    time.sleep(delay)
    print(name, "done")
    return name

async def main():
    start = time.perf_counter()
    names = await asyncio.gather(worker("a", 0.2), worker("b", 0.2), worker("c", 0.2))
    elapsed = time.perf_counter() - start
    print(names)
    print("took at least 0.6 s:", elapsed >= 0.6)

asyncio.run(main())
