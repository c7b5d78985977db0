# printing asyncio.current_task().get_name() in gathered workers
import asyncio

async def worker(n):
    me = asyncio.current_task()
    await asyncio.sleep(0.01 * (3 - n))
    return f'{me.get_name()} ran worker({n})'

async def do_something():
    print('main task:', asyncio.current_task().get_name())
    for line in await asyncio.gather(worker(0), worker(1), worker(2)):
        print(line)
    print('tasks alive:', len(asyncio.all_tasks()))

asyncio.run(do_something())
