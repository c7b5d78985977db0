# Mistake: treating a coroutine object as if it were its result.
import asyncio

async def factorial(n):
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)

async def main():
    value = factorial(4)
    print(type(value).__name__)
    print(value + 1)

asyncio.run(main())
