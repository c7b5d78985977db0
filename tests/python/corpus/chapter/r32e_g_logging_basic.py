# swapped the prints for logging with a simple format
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format='%(levelname)-7s %(name)s %(funcName)s: %(message)s')
log = logging.getLogger('chapter')

async def worker(label, delay):
    log.debug('%s will take some time', label)
    await asyncio.sleep(delay)
    log.info('%s done it', label)
    if label == 'C':
        log.warning('%s was slowest', label)
    return label

async def do_something():
    results = await asyncio.gather(worker('A', 0.1), worker('B', 0.2), worker('C', 0.3))
    log.info('results from calls: %s', results)

asyncio.run(do_something())
