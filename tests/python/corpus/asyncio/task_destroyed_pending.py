# A pending task that nothing references any more, waiting on a future nothing will complete: collected by gc.
import asyncio
import gc

async def forgotten():
    print('forgotten starts')
    await asyncio.get_running_loop().create_future()
    print('never resumes')

async def main():
    asyncio.create_task(forgotten())
    await asyncio.sleep(0)
    print('tasks:', len(asyncio.all_tasks()))
    gc.collect()
    print('after gc.collect(), tasks:', len(asyncio.all_tasks()))

asyncio.run(main())
print('end')
