# main raises KeyboardInterrupt as its workers wake at the same moment, caught around asyncio.run
import asyncio


async def worker(name):
    try:
        await asyncio.sleep(0.1)
        print(name, 'woke up')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    tasks = [asyncio.create_task(worker(name)) for name in 'AB']
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('interrupted')
