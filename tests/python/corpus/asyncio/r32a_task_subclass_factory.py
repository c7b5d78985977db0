# A task factory creating a Task subclass that counts steps of completion
import asyncio

class TracedTask(asyncio.Task):
    created = 0
    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(coro, loop=loop, name=name, context=context)
        TracedTask.created += 1

def factory(loop, coro, **kwargs):
    return TracedTask(coro, loop=loop, **kwargs)

async def leaf(n):
    await asyncio.sleep(0)
    return n + 1

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(leaf(1), name="traced")
    print(type(t).__name__, t.get_name())
    print(await t, await asyncio.gather(leaf(2), leaf(3)))
    print("tasks created by factory:", TracedTask.created)

asyncio.run(main())
