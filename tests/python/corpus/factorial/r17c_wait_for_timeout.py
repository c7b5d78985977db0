# wait_for gives each factorial 0.55 s; the long ones are given up
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def safe(n):
    try:
        return await asyncio.wait_for(factorial(n), timeout=0.55)
    except asyncio.TimeoutError:
        return 'too slow'


async def calculate_factorials(numbers):
    for n, r in zip(numbers, await asyncio.gather(*map(safe, numbers))):
        print(n, r)


asyncio.run(calculate_factorials([3, 9, 5, 7]))
