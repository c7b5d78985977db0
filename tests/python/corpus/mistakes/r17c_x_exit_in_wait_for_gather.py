# sys.exit inside a gather under wait_for: the exit's message and status 1, no timeout
import asyncio
import sys


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    if f > 20:
        sys.exit(f'{n}! = {f} is over 20')
    return f


async def main():
    print(await asyncio.wait_for(asyncio.gather(factorial(3), factorial(4), factorial(6)), timeout=2))


asyncio.run(main())
