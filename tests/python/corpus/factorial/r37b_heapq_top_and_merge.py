# heapq: the three biggest factorials by digit count, and merging two sorted result streams.
import asyncio
import heapq
import math


async def fact(n):
    await asyncio.sleep(0.002 * n)
    return n, math.factorial(n)


async def main():
    rows = await asyncio.gather(*map(fact, [9, 3, 14, 6, 11, 2]))
    print(heapq.nlargest(3, rows, key=lambda r: len(str(r[1]))))
    print(heapq.nsmallest(2, rows))
    evens = sorted(v for n, v in rows if n % 2 == 0)
    odds = sorted(v for n, v in rows if n % 2)
    print(list(heapq.merge(evens, odds))[:4])
    h = [v for _, v in rows]
    heapq.heapify(h)
    print(heapq.heappop(h), heapq.heappushpop(h, 1), heapq.heapreplace(h, 10**20), h[0])


asyncio.run(main())
