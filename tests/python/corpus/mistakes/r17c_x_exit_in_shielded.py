# sys.exit inside a shielded coroutine: the exit still ends the program
import asyncio
import sys


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if n == 4:
        sys.exit(f'stop at {n}! = {f}')
    return f


async def main():
    print(await asyncio.shield(factorial(3)))
    print(await asyncio.shield(factorial(4)))


asyncio.run(main())
