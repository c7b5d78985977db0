# asyncio.timeout around the whole gather: TimeoutError caught, then partial results
import asyncio

partial = {}

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.2)
        f *= i
        partial[n] = (i, f)
    return f

async def calculate_factorials(numbers):
    try:
        async with asyncio.timeout(0.5):
            await asyncio.gather(*[factorial(n) for n in numbers])
    except TimeoutError:
        print('timed out')
    for n in numbers:
        print(n, partial.get(n))

asyncio.run(calculate_factorials([5, 7, 3, 2]))
