# Mistake: a cache of factorials keyed by a list of numbers (unhashable type: 'list').
import asyncio

cache = {}


async def factorials(numbers):
    if numbers in cache:
        return cache[numbers]
    out = []
    for n in numbers:
        f = 1
        for i in range(2, n + 1):
            f *= i
        out.append(f)
        await asyncio.sleep(0)
    cache[numbers] = out
    return out


async def main():
    print(await factorials((3, 4)))
    print(await factorials([5, 6]))


asyncio.run(main())
