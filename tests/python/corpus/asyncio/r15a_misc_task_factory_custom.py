# A custom task factory that names tasks by a counter
import asyncio
import itertools

counter = itertools.count(1)

def factory(loop, coro, **kwargs):
    task = asyncio.Task(coro, loop=loop, **kwargs)
    task.set_name(f"job-{next(counter)}")
    return task

async def work():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    names = await asyncio.gather(work(), work(), asyncio.create_task(work()))
    print(names)

asyncio.run(main())
