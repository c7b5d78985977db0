# Mistake: forgetting to return the result; the coroutine returns None.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i

async def main():
    results = await asyncio.gather(factorial(3), factorial(4))
    print('results:', results)
    print('sum:', sum(results))

asyncio.run(main())
