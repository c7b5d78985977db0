# names from newer asyncio versions looked up in 3.11
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    for name in ('eager_task_factory', 'QueueShutDown', 'timeout', 'TaskGroup', 'Runner', 'Barrier'):
        print(f'{name:20} {hasattr(asyncio, name)}')
    q = asyncio.Queue()
    print('Queue.shutdown:', hasattr(q, 'shutdown'))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(worker())
    print(t.result())
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)

asyncio.run(do_something())
