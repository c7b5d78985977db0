# Which three numbers have the biggest factorials? Use heapq.nlargest on the gathered results.
import asyncio
import heapq
import random

random.seed(36)


async def factorial(n):
    await asyncio.sleep(random.random() / 20)
    result = 1
    for i in range(2, n + 1):
        result *= i
    return n, result


async def main():
    numbers = random.sample(range(1, 40), 8)
    print("numbers:", numbers)
    pairs = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, f in heapq.nlargest(3, pairs, key=lambda p: p[1]):
        print(f"{n:>2}! has {len(str(f))} digits")
    print("smallest:", heapq.nsmallest(2, pairs))
    heap = [(len(str(f)), n) for n, f in pairs]
    heapq.heapify(heap)
    print("pop:", heapq.heappop(heap), heapq.heappop(heap))


asyncio.run(main())
