# Process numbers in batches of two with itertools.batched (I read about it online).
import asyncio
import itertools


async def factorial(n):
    p = 1
    for k in range(2, n + 1):
        p *= k
    await asyncio.sleep(0.01)
    return p


async def main():
    numbers = [5, 7, 3, 6, 4]
    print("pairs:", list(itertools.pairwise(numbers)))
    for batch in itertools.batched(numbers, 2):
        print(batch, await asyncio.gather(*map(factorial, batch)))


asyncio.run(main())
