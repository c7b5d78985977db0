# Copied a logging format from the 3.12 docs that uses %(taskName)s; this is Python 3.11.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(taskName)s: %(message)s")
log = logging.getLogger("fact")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    log.info("%d! = %d", n, r)
    return r


async def main():
    results = await asyncio.gather(factorial(3), factorial(5))
    print("results:", results)


asyncio.run(main())
