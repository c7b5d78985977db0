# logger.exception() inside a task's except block prints the traceback through logging.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("jobs")

async def job(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError(f"job {n} has a bad input")
    return n

async def safe(n):
    try:
        result = await job(n)
        log.info("job %d -> %d", n, result)
    except Exception:
        log.exception("job %d crashed", n)

async def main():
    await asyncio.gather(*(safe(n) for n in range(1, 4)))
    log.warning("done with %s", "all jobs")

asyncio.run(main())
