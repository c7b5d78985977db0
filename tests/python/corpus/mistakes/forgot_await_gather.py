# Mistake: gather() without await, its result iterated as if it were a list.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    results = asyncio.gather(factorial(3), factorial(4))
    print(type(results).__name__)
    for r in results:
        print(r)

asyncio.run(main())
