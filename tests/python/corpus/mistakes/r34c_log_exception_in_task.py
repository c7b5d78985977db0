# Logging a task's failure with logging.exception
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("jobs")

async def job(n):
    await asyncio.sleep(0.01)
    return 10 // n

async def main():
    for n in (5, 0):
        try:
            log.info("job %d -> %d", n, await job(n))
        except ZeroDivisionError:
            log.exception("job %d failed", n)

asyncio.run(main())
