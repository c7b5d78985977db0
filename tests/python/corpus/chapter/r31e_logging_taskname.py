# logging from the workers with a format copied from a newer tutorial
import asyncio
import logging

logging.basicConfig(format='%(levelname)s:%(taskName)s:%(message)s', level=logging.INFO)

async def worker(n):
    await asyncio.sleep(0.01 * n)
    logging.info('worker %d done', n)
    return n

async def main():
    print(await asyncio.gather(worker(1), worker(2)))

asyncio.run(main())
