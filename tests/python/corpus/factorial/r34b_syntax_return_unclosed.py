# The recursive line is missing its closing parenthesis; the error points elsewhere.
import asyncio


async def factorial(n):
    if n <= 1:
        return 1
    await asyncio.sleep(0.01)
    return n * await factorial(n - 1


async def main():
    print(await factorial(5))


asyncio.run(main())
