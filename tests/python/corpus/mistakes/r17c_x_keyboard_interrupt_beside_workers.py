# KeyboardInterrupt raised by one of three workers that wake together: the others stop at their await
import asyncio


async def worker(name):
    try:
        await asyncio.sleep(0.1)
        if name == 'B':
            raise KeyboardInterrupt
        print(name, 'done')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise


async def main():
    await asyncio.gather(worker('A'), worker('B'), worker('C'))


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print('interrupted')
