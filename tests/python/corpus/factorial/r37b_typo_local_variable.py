# A typo in a local variable name inside the async factorial: "reslut" instead of "result".
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return reslut


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(results)


asyncio.run(calculate_factorials([5, 7, 3, 6]))
