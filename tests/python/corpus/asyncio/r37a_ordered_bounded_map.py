# An async map with at most two calls in flight that keeps results in input order
import asyncio

active = 0
peak = 0


async def square(x):
    global active, peak
    active += 1
    peak = max(peak, active)
    await asyncio.sleep(0.01 * (5 - x))
    active -= 1
    return x * x


async def bounded_map(fn, items, limit):
    sem = asyncio.Semaphore(limit)

    async def one(item):
        async with sem:
            return await fn(item)

    return await asyncio.gather(*(one(i) for i in items))


async def main():
    print(await bounded_map(square, [1, 2, 3, 4], 2))
    print("peak concurrency:", peak)
    print(await bounded_map(square, [], 2))


asyncio.run(main())
