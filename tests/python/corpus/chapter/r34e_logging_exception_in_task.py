# logging.exception inside the worker so the failure is recorded but not fatal
import asyncio
import logging

logging.basicConfig(format='%(levelname)s:%(name)s:%(funcName)s: %(message)s')
log = logging.getLogger('workers')

async def worker(n):
    await asyncio.sleep(0.01)
    try:
        return 100 / (n - 2)
    except ZeroDivisionError:
        log.exception('worker %s failed', n)
        return None

async def main():
    print(await asyncio.gather(*(worker(n) for n in range(4))))

asyncio.run(main())
