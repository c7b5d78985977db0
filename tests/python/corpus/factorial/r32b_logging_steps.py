# Using logging instead of print for the factorial steps.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(funcName)s:%(message)s")
log = logging.getLogger("fact")


async def factorial(n):
    log.info("starting %d", n)
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
        log.debug("%d: i=%d r=%d", n, i, r)
    log.warning("%d! = %d", n, r)
    return r


async def main():
    print(await asyncio.gather(factorial(2), factorial(3)))


asyncio.run(main())
