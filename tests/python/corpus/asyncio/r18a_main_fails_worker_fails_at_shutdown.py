# main fails right after starting a worker that fails too: both errors are reported
import asyncio

async def worker():
    print('worker starts')
    raise ValueError('worker failed')

async def main():
    asyncio.create_task(worker())
    print('main about to fail')
    raise KeyError('main failed')

asyncio.run(main())
