# A Task subclass installed with set_task_factory counts the steps of every task
import asyncio

class CountingTask(asyncio.Task):
    created = 0
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        CountingTask.created += 1

def factory(loop, coro, **kwargs):
    return CountingTask(coro, loop=loop, **kwargs)

async def leaf(i):
    await asyncio.sleep(0)
    return i * i

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    res = await asyncio.gather(*(leaf(i) for i in range(4)))
    t = asyncio.create_task(leaf(9), name="nine")
    print(res, type(t).__name__, t.get_name(), await t)
    print("created", CountingTask.created)
    print(type(asyncio.current_task()).__name__)

asyncio.run(main())
