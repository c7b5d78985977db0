# Logging to stderr with a formatter showing the function name and line number, plus logging.exception.
import asyncio
import logging
import sys

handler = logging.StreamHandler(sys.stderr)
handler.setFormatter(logging.Formatter("%(levelname)s %(name)s.%(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("facts")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
child = log.getChild("worker")


async def factorial(n):
    child.debug("start n=%d", n)
    if n < 0:
        raise ValueError(f"negative {n}")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    child.info("%d! = %d", n, r)
    return r


async def main():
    for n in (4, -1):
        try:
            await factorial(n)
        except ValueError:
            log.exception("factorial(%d) failed", n)
    print(child.name, child.parent is log, child.getEffectiveLevel(), log.hasHandlers())


asyncio.run(main())
