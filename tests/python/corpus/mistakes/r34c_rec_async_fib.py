# An async fibonacci with no base case for negative numbers
import asyncio

async def fib(n):
    if n == 0 or n == 1:
        return n
    return await fib(n - 1) + await fib(n - 2)

async def main():
    print(await fib(10))
    print(await fib(-1))

asyncio.run(main())
