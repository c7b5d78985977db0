# I copied a logging format with %(taskName)s from a newer tutorial.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="[%(taskName)s] %(message)s")


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    logging.info("%d! = %d", n, f)
    return f


async def main():
    print(await asyncio.gather(factorial(3), factorial(5)))


asyncio.run(main())
