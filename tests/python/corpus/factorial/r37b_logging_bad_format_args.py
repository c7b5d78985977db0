# A logging call with the wrong number of %-arguments: logging prints "--- Logging error ---" and goes on.
import asyncio
import logging

logging.basicConfig(format="%(levelname)s:%(message)s", level=logging.INFO)


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    logging.info("%d! = %d (%d digits)", n, r)
    return r


async def main():
    print(await factorial(5))
    logging.warning("all done: %s", [5])


asyncio.run(main())
