import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("factorials")

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
        log.debug("factorial(%d) step %d -> %d", n, i, result)
    log.info("factorial(%d) = %s", n, f"{result:,}")
    if n > 6:
        log.warning("%d is quite large", n)
    return result

async def main():
    results = await asyncio.gather(*[factorial(n) for n in [3, 7, 2]])
    log.error("not really an error: %r", results)
    print("results:", results)

asyncio.run(main())
