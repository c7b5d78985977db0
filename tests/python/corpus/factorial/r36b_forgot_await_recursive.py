# Recursive async factorial where I forgot to await the recursive call.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n == 0:
        return 1
    return n * factorial(n - 1)


async def main():
    print("Starting")
    result = await factorial(4)
    print("4! =", result)


asyncio.run(main())
