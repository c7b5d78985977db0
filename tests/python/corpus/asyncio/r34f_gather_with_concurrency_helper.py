# The Stack Overflow "gather_with_concurrency" helper: gather, but at most n at once.
import asyncio

running = 0
peak = 0

async def gather_with_concurrency(n, *coros):
    semaphore = asyncio.Semaphore(n)

    async def sem_coro(coro):
        async with semaphore:
            return await coro
    return await asyncio.gather(*(sem_coro(c) for c in coros))

async def fetch(i):
    global running, peak
    running += 1
    peak = max(peak, running)
    await asyncio.sleep(0.01)
    running -= 1
    return i * i

async def main():
    results = await gather_with_concurrency(2, *(fetch(i) for i in range(7)))
    print(results, "peak:", peak)
    results = await gather_with_concurrency(10, *(fetch(i) for i in range(4)))
    print(results, "peak:", peak)

asyncio.run(main())
