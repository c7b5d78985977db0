# An "async map" with a concurrency limit that keeps results in input order, built on a worker pool
import asyncio

async def square_slowly(x):
    await asyncio.sleep(0.01 * (5 - x % 5))
    return x * x

async def bounded_map(fn, items, limit):
    results = [None] * len(items)
    q = asyncio.Queue()
    for pair in enumerate(items):
        q.put_nowait(pair)
    running = 0
    peak = 0

    async def worker():
        nonlocal running, peak
        while not q.empty():
            i, item = q.get_nowait()
            running += 1
            peak = max(peak, running)
            results[i] = await fn(item)
            running -= 1

    await asyncio.gather(*(worker() for _ in range(limit)))
    return results, peak

async def main():
    res, peak = await bounded_map(square_slowly, list(range(10)), 3)
    print(res)
    print("peak concurrency:", peak)

asyncio.run(main())
