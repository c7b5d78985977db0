# Using %(taskName)s from a 3.12 tutorial in Python 3.11 logging
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("app")

async def handler(n):
    log.info("handling %d", n)
    await asyncio.sleep(0.01)
    log.warning("done %s", n)

async def main():
    await asyncio.gather(handler(1), handler(2))
    fmt = logging.Formatter("%(taskName)s %(message)s")
    rec = logging.LogRecord("x", logging.INFO, __file__, 1, "msg", None, None)
    try:
        print(fmt.format(rec))
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
