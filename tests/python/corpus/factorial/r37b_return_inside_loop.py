# My return statement is indented one level too far, so the factorial returns after the first step.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
        return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")
    print(await factorial(0))


asyncio.run(calculate_factorials([5, 7, 3, 6]))
