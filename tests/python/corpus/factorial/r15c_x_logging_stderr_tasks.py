# logging's default stderr handler beside print() from several tasks
import asyncio
import logging

logging.basicConfig(format="%(levelname)-7s %(funcName)s: %(message)s", level=logging.INFO)
logger = logging.getLogger(__name__)

async def factorial(n):
    logger.info("starting %d", n)
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    if r > 100:
        logger.warning("%d! = %d is over 100", n, r)
    print(f"{n}! = {r}")
    return r

async def main():
    print(await asyncio.gather(factorial(3), factorial(5)))
    logger.error("all done, %s", "bye")

asyncio.run(main())
