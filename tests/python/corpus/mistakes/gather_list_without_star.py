# Mistake: gather(list) instead of gather(*list): a list is not an awaitable.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    results = await asyncio.gather([factorial(n) for n in [5, 7, 3]])
    print(results)

asyncio.run(main())
