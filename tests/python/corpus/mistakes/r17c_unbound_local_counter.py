# A global counter incremented inside a coroutine without global: UnboundLocalError
import asyncio

count = 0


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    count += 1
    return f


async def main():
    print(await asyncio.gather(factorial(2), factorial(3)))


asyncio.run(main())
