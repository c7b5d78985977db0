# Collect (n, n!) tuples in completion order into a list, then print them sorted both ways.
import asyncio
import random

random.seed(7)


async def factorial(n, delay):
    await asyncio.sleep(delay)
    result = 1
    for k in range(2, n + 1):
        result *= k
    return n, result


async def main():
    nums = random.sample(range(1, 15), 5)
    delays = [0.1 * i for i in range(len(nums))]
    random.shuffle(delays)
    print(nums, [round(d, 1) for d in delays])
    collected = []
    for fut in asyncio.as_completed([factorial(n, d) for n, d in zip(nums, delays)]):
        collected.append(await fut)
    print(collected)
    print(sorted(collected))
    print(sorted(collected, key=lambda t: -t[1])[:2])


asyncio.run(main())
