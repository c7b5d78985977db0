# create_task without awaiting: the task still runs when main sleeps long enough
import asyncio

async def worker(n):
    print(f'worker {n} starting')
    await asyncio.sleep(0.1)
    print(f'worker {n} finished')

async def main():
    asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2))
    print('main sleeping')
    await asyncio.sleep(0.3)
    print('main awake, t2 done?', t2.done())

asyncio.run(main())
