# 34.6.1 converted to a TaskGroup with named tasks
import asyncio
import random

async def worker():
    name = asyncio.current_task().get_name()
    print(f'{name} - will take some time')
    await asyncio.sleep(0.2)
    result = random.randint(1, 10)
    print(f'{name} - Done it')
    return result

async def do_something():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(worker(), name=f'Worker-{i}') for i in range(1, 4)]
    print('results from calls:', [t.result() for t in tasks])

random.seed(3)
asyncio.run(do_something())
