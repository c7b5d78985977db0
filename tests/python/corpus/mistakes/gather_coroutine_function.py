# Mistake: gather is given the coroutine function itself, not a call of it.
import asyncio

async def factorial(n=5):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    results = await asyncio.gather(factorial)
    print(results)

asyncio.run(main())
