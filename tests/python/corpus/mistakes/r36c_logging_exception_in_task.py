# logging errors from workers with logging.exception
import asyncio, logging

logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("workers")

async def work(n):
    await asyncio.sleep(0.01)
    return 10 // n

async def main():
    for n in (5, 0, 2):
        try:
            print(n, await work(n))
        except ZeroDivisionError:
            log.exception("work(%d) failed", n)

asyncio.run(main())
