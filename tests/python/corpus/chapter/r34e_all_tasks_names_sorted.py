# listing the running tasks by name while the workers sleep
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)

async def main():
    asyncio.current_task().set_name('main-task')
    for i in range(3):
        asyncio.create_task(worker(0.1 * (i + 1)), name=f'worker-{i}')
    await asyncio.sleep(0.01)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.14)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*(t for t in asyncio.all_tasks() if t is not asyncio.current_task()))
    print(len(asyncio.all_tasks()))

asyncio.run(main())
