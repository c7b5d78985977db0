# Looping over the gather future without awaiting it first.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    for value in asyncio.gather(factorial(3), factorial(4)):
        print("got", value)
    await asyncio.sleep(0.1)


asyncio.run(main())
