# a custom task factory that gives every task a numbered name and counts them
import asyncio
import itertools

counter = itertools.count(1)

def factory(loop, coro, **kwargs):
    task = asyncio.Task(coro, loop=loop)
    task.set_name(f'job#{next(counter)}:{coro.__name__}')
    return task

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return asyncio.current_task().get_name()

async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    print(await asyncio.gather(worker(2), worker(1)))
    t = asyncio.create_task(worker(0), name='ignored?')
    print(await t)
    print(asyncio.current_task().get_name())

asyncio.run(main())
