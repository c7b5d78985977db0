# logging the task name with %(taskName)s like the newer docs show
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s %(taskName)s: %(message)s')

async def worker(n):
    await asyncio.sleep(0.01 * n)
    logging.info('worker %d done', n)
    return n

async def main():
    print(await asyncio.gather(worker(1), worker(2)))

asyncio.run(main())
