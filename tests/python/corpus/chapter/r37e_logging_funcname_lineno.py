# swapped print for logging with function names and line numbers
import asyncio
import logging

logging.basicConfig(level=logging.INFO, format='%(levelname)-7s %(funcName)s:%(lineno)d %(message)s')
log = logging.getLogger('chapter')

async def worker(label):
    log.info('worker %s - will take some time', label)
    await asyncio.sleep(0.02)
    log.warning('worker %s - done it', label)
    return label.lower()

async def do_something():
    results = await asyncio.gather(worker('A'), worker('B'))
    log.info('results: %r', results)
    log.debug('not shown')

asyncio.run(do_something())
logging.getLogger().error('root says %d', 42)
