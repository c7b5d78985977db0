# Splitting the inputs into batches of two with itertools.batched, which I read about online.
import asyncio
import itertools
import math


async def factorial(n):
    await asyncio.sleep(0.01)
    return math.factorial(n)


async def main():
    numbers = [5, 7, 3, 6, 9]
    for batch in itertools.batched(numbers, 2):
        print(batch, await asyncio.gather(*map(factorial, batch)))


asyncio.run(main())
