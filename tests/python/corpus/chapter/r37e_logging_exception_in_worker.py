# logging.exception in the worker's except so the traceback goes to the log
import asyncio
import logging

logging.basicConfig(format='%(levelname)s %(name)s: %(message)s')
log = logging.getLogger('workers')

async def worker(n):
    await asyncio.sleep(0.01)
    try:
        return 100 // n
    except ZeroDivisionError:
        log.exception('worker %d failed', n)
        return None

async def main():
    print(await asyncio.gather(worker(5), worker(0), worker(20)))

asyncio.run(main())
