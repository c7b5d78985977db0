# loop.set_task_factory: every create_task goes through the factory
import asyncio

made = []

def factory(loop, coro, **kwargs):
    made.append(coro.__name__)
    return asyncio.Task(coro, loop=loop, **kwargs)

async def child(n):
    return n * 3

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(await asyncio.gather(child(1), child(2)))
    t = asyncio.create_task(child(5), name='named')
    print(t.get_name(), await t)
    print(made)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
