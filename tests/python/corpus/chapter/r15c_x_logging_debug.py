# logging at DEBUG level around the factorials (asyncio logs its own line too)
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("fact")

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
        log.debug("factorial(%d): i=%d r=%d", n, i, r)
    log.info("factorial(%d) = %d", n, r)
    return r

asyncio.run(factorial(4))
log.warning("done")
