import asyncio


async def gather_limited(limit, *aws):
    sem = asyncio.Semaphore(limit)
    running = 0
    peak = 0

    async def guard(aw):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            try:
                return await aw
            finally:
                running -= 1

    results = await asyncio.gather(*(guard(a) for a in aws))
    return results, peak


async def square(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    results, peak = await gather_limited(3, *(square(i) for i in range(10)))
    print(results)
    print("peak", peak)


asyncio.run(main())
