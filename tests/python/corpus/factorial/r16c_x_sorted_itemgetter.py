# Results in a dict sorted by value with operator.itemgetter, top two with heapq
import asyncio
import heapq
import operator

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.02)
        f *= i
    return f

async def main():
    numbers = [5, 7, 3, 6, 4]
    results = dict(zip(numbers, await asyncio.gather(*map(factorial, numbers))))
    for n, f in sorted(results.items(), key=operator.itemgetter(1), reverse=True):
        print(f'{n}: {f}')
    print(heapq.nlargest(2, results.values()), heapq.nsmallest(2, results, key=results.get))
    print(max(results, key=results.get), min(results.items(), key=lambda kv: kv[1]))

asyncio.run(main())
