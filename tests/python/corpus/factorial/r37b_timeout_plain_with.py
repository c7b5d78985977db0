# I used asyncio.timeout with a plain "with" instead of "async with".
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    print("starting")
    with asyncio.timeout(1):
        print(await factorial(5))


asyncio.run(main())
