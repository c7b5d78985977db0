# zip(strict=True) catches a mismatch between the numbers and the results list.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*[factorial(n) for n in numbers[:-1]])
    for n, r in zip(numbers, results):
        print(n, r)
    for n, r in zip(numbers, results, strict=True):
        print(n, r)


asyncio.run(main())
