# Automatic task names and current_task() in main and workers.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return asyncio.current_task().get_name()

async def main():
    print('main is', asyncio.current_task().get_name())
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2), name='custom')
    print(t1.get_name(), t2.get_name())
    t1.set_name('renamed')
    print(await t1, await t2)
    print(await asyncio.gather(worker(1), worker(1)))
    print(len(asyncio.all_tasks()))

asyncio.run(main())
