# Second try: maybe it is "async with asyncio.as_completed()".
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def calculate_factorials(numbers):
    async with asyncio.as_completed([factorial(n) for n in numbers]) as it:
        async for r in it:
            print(r)


asyncio.run(calculate_factorials([5, 7, 3, 6]))
