import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
logging.getLogger("asyncio").setLevel(logging.WARNING)
log = logging.getLogger("app")

async def work(n):
    log.debug("working on %d", n)
    await asyncio.sleep(0)
    return n * 2

async def main():
    results = await asyncio.gather(*(work(i) for i in range(3)))
    log.info("results: %s", results)

asyncio.run(main(), debug=True)
