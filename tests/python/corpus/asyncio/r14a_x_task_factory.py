# test_base_events: set_task_factory wraps create_task; get_task_factory returns it; None restores
import asyncio

created = []

def factory(loop, coro):
    t = asyncio.Task(coro, loop=loop)
    created.append(t)
    return t

async def job(x):
    return x * 10

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    print(await asyncio.gather(job(1), job(2)))
    print(await asyncio.create_task(job(3)))
    print(len(created))
    loop.set_task_factory(None)
    await asyncio.create_task(job(4))
    print(len(created))
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
