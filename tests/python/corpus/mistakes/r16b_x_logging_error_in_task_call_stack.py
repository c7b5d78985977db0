# A logging error inside a coroutine: its call stack runs down to the line calling asyncio.run
import logging
import asyncio
logging.basicConfig(level=logging.INFO, format="%(message)s")
async def job(n):
    logging.info("job %d starting", n, "extra")
    await asyncio.sleep(0.01)
    return n
print(asyncio.run(job(1)))
