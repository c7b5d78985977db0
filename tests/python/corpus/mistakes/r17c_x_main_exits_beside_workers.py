# main calls sys.exit as its workers wake at the same moment: they are cancelled before their step
import asyncio
import sys


async def worker(name):
    try:
        await asyncio.sleep(0.1)
        print(name, 'woke up')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    for name in 'AB':
        asyncio.create_task(worker(name))
    await asyncio.sleep(0.1)
    print('main exits')
    sys.exit(0)


asyncio.run(main())
