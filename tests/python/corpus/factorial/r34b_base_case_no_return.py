# Recursive async factorial where the base case prints 1 instead of returning it.
import asyncio


async def factorial(n):
    if n == 0:
        print(1)
    else:
        await asyncio.sleep(0.01)
        return n * await factorial(n - 1)


async def main():
    print("Main - Starting")
    print(await factorial(3))


asyncio.run(main())
