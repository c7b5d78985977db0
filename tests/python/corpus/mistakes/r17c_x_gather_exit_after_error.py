# A worker's ValueError reaches gather first; a later worker's sys.exit then ends the program
import asyncio
import sys


async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n == 1:
        raise ValueError('worker 1 failed')
    if n == 2:
        print('worker 2 exits')
        sys.exit(3)
    return n


async def main():
    try:
        await asyncio.gather(worker(2), worker(1), worker(3))
    except ValueError as e:
        print('caught:', e)
    await asyncio.sleep(1)
    print('not reached')


asyncio.run(main())
