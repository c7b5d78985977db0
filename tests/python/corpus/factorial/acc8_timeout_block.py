# asyncio.timeout around a gather of factorials; the slow one cancels all.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    try:
        async with asyncio.timeout(0.5):
            print(await asyncio.gather(factorial(2), factorial(3)))
            print(await asyncio.gather(factorial(2), factorial(9)))
    except TimeoutError as e:
        print("timed out:", type(e).__name__, e.args)
    print("after")

asyncio.run(main())
