# counting how many tasks gather creates, using a task factory
import asyncio

created = []

def factory(loop, coro, **kwargs):
    created.append(coro.__qualname__)
    return asyncio.Task(coro, loop=loop, **kwargs)

async def worker(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    t = asyncio.create_task(worker(0))
    print(await asyncio.gather(t, worker(1), worker(2)))
    print(created)

asyncio.run(main())
