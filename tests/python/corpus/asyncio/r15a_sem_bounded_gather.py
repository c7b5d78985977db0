# A gather_with_concurrency helper as posted on Stack Overflow
import asyncio

async def gather_with_concurrency(n, *coros):
    semaphore = asyncio.Semaphore(n)
    async def sem_coro(coro):
        async with semaphore:
            return await coro
    return await asyncio.gather(*(sem_coro(c) for c in coros))

active = 0
most = 0

async def job(i):
    global active, most
    active += 1
    most = max(most, active)
    await asyncio.sleep(0.02)
    active -= 1
    return i * 10

async def main():
    results = await gather_with_concurrency(4, *[job(i) for i in range(10)])
    print(results)
    print("never more than", most, "at once")

asyncio.run(main())
