# create_task given what a plain function returned, not a coroutine: TypeError a coroutine was expected
import asyncio
import math


def factorial(n):
    return math.factorial(n)


async def main():
    task = asyncio.create_task(factorial(5))
    print(await task)


asyncio.run(main())
