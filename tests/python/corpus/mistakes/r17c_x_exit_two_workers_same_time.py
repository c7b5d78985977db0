# Two workers call sys.exit at the same moment: the first one's code is the status
import asyncio
import sys


async def worker(code):
    await asyncio.sleep(0.1)
    print('worker', code, 'exits')
    sys.exit(code)


async def main():
    await asyncio.gather(worker(3), worker(5))


asyncio.run(main())
