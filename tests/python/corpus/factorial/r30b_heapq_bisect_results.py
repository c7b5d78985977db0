# Keep the three largest factorials with heapq and find where 10**6 falls with bisect.
import asyncio
import bisect
import heapq


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.01 * (n % 3))
    return n, f


async def main():
    pairs = await asyncio.gather(*map(factorial, [9, 2, 11, 5, 7, 3]))
    print(heapq.nlargest(3, pairs, key=lambda p: p[1]))
    print(heapq.nsmallest(2, pairs))
    heap = []
    for n, f in pairs:
        heapq.heappush(heap, (f, n))
    print([heapq.heappop(heap)[1] for _ in range(len(heap))])
    values = sorted(f for _, f in pairs)
    print(values, bisect.bisect(values, 10**6), bisect.bisect_left(values, 120))
    bisect.insort(values, 1000)
    print(values)


asyncio.run(main())
