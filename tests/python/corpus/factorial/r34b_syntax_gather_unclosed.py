# Forgot the closing parenthesis of asyncio.gather( ... ).
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers]
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")


asyncio.run(calculate_factorials([5, 7, 3, 6]))
