# loop.set_task_factory: a factory that names and counts every task
import asyncio

made = []

def factory(loop, coro, **kwargs):
    t = asyncio.Task(coro, loop=loop, **kwargs)
    made.append(coro.__qualname__)
    return t

async def child(n):
    await asyncio.sleep(0)
    return n + 1

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print('factory set:', loop.get_task_factory() is factory)
    t = asyncio.create_task(child(1), name='named')
    print(t.get_name(), await t)
    print(await asyncio.gather(child(2), child(3)))
    loop.set_task_factory(None)
    await asyncio.create_task(child(4))
    print(made)
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
