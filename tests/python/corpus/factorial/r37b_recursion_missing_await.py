# Recursive async factorial where I forgot to await the recursive call.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n <= 1:
        return 1
    return n * factorial(n - 1)


async def main():
    print("1! =", await factorial(1))
    print("4! =", await factorial(4))


asyncio.run(main())
