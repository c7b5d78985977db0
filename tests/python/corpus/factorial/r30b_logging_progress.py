# Logging instead of print, with the task name in every record.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-7s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("factorials")


async def factorial(n):
    name = asyncio.current_task().get_name()
    log.info("%s: computing %d!", name, n)
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
        log.debug("%s: step %d -> %d", name, i, f)
    if n > 3:
        log.warning("%s: %d! is big: %s", name, n, f"{f:,}")
    return f


async def main():
    res = await asyncio.gather(factorial(3), factorial(4))
    log.info("results %r", res)
    print(res)


asyncio.run(main())
