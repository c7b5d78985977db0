# Tried to sum the factorials with a generator expression containing await.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.001)
        f *= i
    return f


async def main():
    nums = [3, 4, 5]
    total = sum([await factorial(n) for n in nums])
    print("list comprehension works:", total)
    gen = (await factorial(n) for n in nums)
    print(type(gen).__name__)
    print(sum(gen))


asyncio.run(main())
