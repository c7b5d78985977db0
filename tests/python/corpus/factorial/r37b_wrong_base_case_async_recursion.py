# Recursive async factorial whose base case is n == 1, so 0! recurses forever.
import asyncio


async def factorial(n):
    if n == 1:
        return 1
    return n * await factorial(n - 1)


async def main():
    print("5! =", await factorial(5))
    print("0! =", await factorial(0))


asyncio.run(main())
