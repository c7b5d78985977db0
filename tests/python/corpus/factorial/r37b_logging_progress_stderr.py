# Progress goes to the logging module (stderr) while the results go to stdout.
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("factorial")


async def factorial(n):
    log.debug("never shown for %d", n)
    result = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.03 * n)
        result *= i
    log.info("factorial(%d) done with %d digits", n, len(str(result)))
    if n > 5:
        log.warning("%d is getting big", n)
    return result


async def main():
    results = await asyncio.gather(factorial(3), factorial(6))
    print("results:", results)


asyncio.run(main())
