# A plausible mistake: the factorial's sleep is called but not awaited
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    for n in numbers:
        print(n, await factorial(n))

asyncio.run(calculate_factorials([3, 4]))
