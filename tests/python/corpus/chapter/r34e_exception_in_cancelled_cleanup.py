# a worker's cleanup raises while asyncio.run is cancelling it
import asyncio

async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print('worker cleanup')
        raise ValueError('cleanup failed')

async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print('main done')

asyncio.run(main())
print('Main - Done')
