# Logging (to stderr) from coroutines with %(funcName)s and %(lineno)d, and logging.exception inside a task
import asyncio
import logging
import sys

logging.basicConfig(level=logging.DEBUG,
                    format="%(levelname)-7s %(name)s.%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("svc")

async def fetch(n):
    log.debug("fetching %d", n)
    await asyncio.sleep(0.01)
    if n == 2:
        raise LookupError(n)
    return n

async def safe_fetch(n):
    try:
        return await fetch(n)
    except LookupError:
        log.exception("fetch %d failed", n)
        return None

async def main():
    res = await asyncio.gather(*(safe_fetch(n) for n in range(3)))
    log.info("results %s", res)

asyncio.run(main())
