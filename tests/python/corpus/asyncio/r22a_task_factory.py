# A custom task factory sees every task the loop creates.
import asyncio

created = []

def factory(loop, coro, **kwargs):
    created.append(coro.__name__)
    return asyncio.Task(coro, loop=loop, **kwargs)

async def child(n):
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    print(await asyncio.gather(child(1), child(2)))
    t = asyncio.create_task(child(3), name='named')
    print(await t, t.get_name())
    loop.set_task_factory(None)
    await asyncio.create_task(child(4))
    print(created)

asyncio.run(main())
