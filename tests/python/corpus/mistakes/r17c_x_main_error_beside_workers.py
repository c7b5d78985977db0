# main fails with a ValueError as its worker wakes at the same moment: it still takes its step
import asyncio


async def worker(name):
    try:
        await asyncio.sleep(0.1)
        print(name, 'woke up')
        await asyncio.sleep(0.1)
        print(name, 'second step')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    asyncio.create_task(worker('A'))
    await asyncio.sleep(0.1)
    raise ValueError('main gives up')


asyncio.run(main())
