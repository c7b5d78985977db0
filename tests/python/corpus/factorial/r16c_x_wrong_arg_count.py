# factorial called with two arguments in the list comprehension: TypeError in main's task
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.05)
        f *= i
    return f

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n, 0.1) for n in numbers])
    print(results)

asyncio.run(calculate_factorials([5, 7, 3, 6]))
