# A custom task factory that counts and names every task the loop creates.
import asyncio

created = []

def factory(loop, coro, **kwargs):
    created.append(coro.__qualname__)
    task = asyncio.Task(coro, loop=loop, **kwargs)
    task.set_name(f"T{len(created)}:{coro.__name__}")
    return task

async def child(n):
    await asyncio.sleep(0.01)
    return asyncio.current_task().get_name()

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    names = await asyncio.gather(child(1), child(2))
    print(names)
    t = asyncio.create_task(child(3), name="explicit")
    print(await t)
    print(created)

asyncio.run(main())
