# An async recursive factorial with no base case.
import asyncio

async def factorial(n):
    return n * await factorial(n - 1)

async def main():
    print(await factorial(5))

asyncio.run(main())
