# A result that is None among ints, then sorted: TypeError '<' not supported
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    if n < 0:
        return None
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    values = await asyncio.gather(*[factorial(n) for n in [4, -1, 3]])
    print(values)
    print(sorted(values))


asyncio.run(main())
