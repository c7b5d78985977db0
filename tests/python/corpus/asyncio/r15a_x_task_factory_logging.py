# A task factory that logs every task the loop makes: create_task, gather, wait_for, shield, as_completed
import asyncio

made = []

def logging_factory(loop, coro, context=None):
    made.append(coro.__qualname__)
    return asyncio.Task(coro, loop=loop, context=context)

async def job(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(logging_factory)
    print("factory set:", loop.get_task_factory() is logging_factory)
    await asyncio.create_task(job(1))
    await asyncio.gather(job(2), job(3))
    await asyncio.wait_for(job(4), 1)
    await asyncio.shield(job(5))
    for f in asyncio.as_completed([job(6)]):
        await f
    print(made)
    loop.set_task_factory(None)
    await asyncio.create_task(job(7))
    print(len(made), loop.get_task_factory())

asyncio.run(main())
