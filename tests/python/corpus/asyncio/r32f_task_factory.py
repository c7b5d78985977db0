# A custom task factory that names and counts every task the loop creates
import asyncio

created = []

def factory(loop, coro, **kwargs):
    task = asyncio.Task(coro, loop=loop, **kwargs)
    created.append(coro.__name__)
    return task

async def leaf(n):
    await asyncio.sleep(0.001 * n)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    print(await asyncio.gather(leaf(1), leaf(2)))
    t = asyncio.create_task(leaf(3), name="named")
    print(t.get_name(), await t)
    print(created)

asyncio.run(main())
