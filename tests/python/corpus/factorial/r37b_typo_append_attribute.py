# Collecting results in a list with a misspelt method name: results.apend(...).
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    results = []
    for coro in asyncio.as_completed([factorial(n) for n in (3, 4)]):
        results.apend(await coro)
    print(results)


asyncio.run(main())
