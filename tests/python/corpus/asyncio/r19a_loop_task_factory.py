# loop.set_task_factory / get_task_factory; loop.create_task(name=)
import asyncio

created = []

def factory(loop, coro, **kwargs):
    created.append(coro.__name__)
    return asyncio.Task(coro, loop=loop, **kwargs)

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = loop.create_task(job(1), name='via-loop')
    print(t.get_name())
    print(await asyncio.gather(job(2), asyncio.create_task(job(3))))
    print(await t)
    loop.set_task_factory(None)
    print(await asyncio.create_task(job(0)))
    print(created)
    try:
        loop.set_task_factory(1)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
