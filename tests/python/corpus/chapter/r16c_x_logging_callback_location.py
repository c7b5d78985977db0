# 34.5 with logging configured to show where: the callback's error and a lost task's, as asyncio's library logs them
import asyncio
import logging

logging.basicConfig(format='%(levelname)s %(module)s.%(funcName)s:%(lineno)d [%(pathname)s] %(message)s')

def print_it(task):
    print('print_it result:', task.result())

async def worker():
    await asyncio.sleep(0.1)
    raise ValueError('no result')

async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(print_it)
    await asyncio.sleep(0.2)
    asyncio.get_running_loop().call_soon(lambda: 1 / 0)
    await asyncio.sleep(0.1)
    asyncio.create_task(worker())
    await asyncio.sleep(0.2)

asyncio.run(main())
print('end')
