# Logging each step with the function name and line number in the format.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-7s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("fact")


async def factorial(n):
    log.debug("start n=%d", n)
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    if n > 5:
        log.warning("n=%s is big: %s", n, f"{result:,}")
    log.info("done %d! = %d", n, result)
    return result


async def main():
    values = await asyncio.gather(factorial(4), factorial(7))
    log.error("results %r", values)
    print(values)


asyncio.run(main())
