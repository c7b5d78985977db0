# A call_later callback calls sys.exit as a worker wakes at the same moment: the worker meets the cancel
import asyncio
import sys


async def worker():
    try:
        await asyncio.sleep(0.2)
        print('worker woke up')
    except asyncio.CancelledError:
        print('worker cancelled')
        raise


def deadline():
    print('deadline reached')
    sys.exit(2)


async def main():
    asyncio.get_running_loop().call_later(0.2, deadline)
    await asyncio.gather(worker(), asyncio.sleep(1))


asyncio.run(main())
