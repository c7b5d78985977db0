# An await inside a list comprehension in a normal (non-async) function.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


def collect(numbers):
    return [await factorial(n) for n in numbers]


async def main():
    print(collect([3, 4, 5]))


asyncio.run(main())
