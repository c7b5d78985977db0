# sys.exit(3) in a worker inside gather
import asyncio
import sys

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        print('worker 2 - giving up')
        sys.exit(3)
    return n

async def do_something():
    print(await asyncio.gather(worker(1), worker(2)))

try:
    asyncio.run(do_something())
finally:
    print('finally after asyncio.run')
