# Logging format copied from the 3.12 docs uses %(taskName)s, which 3.11's LogRecord lacks.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="%(levelname)s [%(taskName)s] %(message)s")
log = logging.getLogger("app")

async def handler(n):
    await asyncio.sleep(0.01)
    log.info("handled request %d", n)

async def main():
    await asyncio.gather(handler(1), handler(2))
    print("done")

asyncio.run(main())
