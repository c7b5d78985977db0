# logging in the workers with %(taskName)s, which I read about online
import asyncio
import logging

logging.basicConfig(format='%(levelname)s %(taskName)s %(message)s', level=logging.INFO)

async def worker(n):
    await asyncio.sleep(0.01)
    logging.info('worker %d done', n)
    return n

async def main():
    print(await asyncio.gather(worker(1), worker(2)))

asyncio.run(main())
