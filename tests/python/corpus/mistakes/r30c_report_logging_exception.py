# Logging an exception from inside a worker with logging.exception.
import asyncio
import logging
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("worker")

async def worker(n):
    try:
        await asyncio.sleep(0.01)
        return 10 // (n - 2)
    except ZeroDivisionError:
        log.exception("worker %d failed", n)
        return None

async def main():
    print(await asyncio.gather(*(worker(n) for n in range(4))))

asyncio.run(main())
