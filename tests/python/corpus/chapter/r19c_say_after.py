# docs.python.org "Coroutines and Tasks": say_after, sequential vs create_task
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def sequential():
    print("started sequential")
    t = time.monotonic()
    await say_after(0.2, 'hello')
    await say_after(0.36, 'world')
    print(f"finished in {time.monotonic() - t:.1f}")

async def concurrent():
    task1 = asyncio.create_task(say_after(0.2, 'hello'))
    task2 = asyncio.create_task(say_after(0.36, 'world'))
    t = time.monotonic()
    await task1
    await task2
    print(f"finished in {time.monotonic() - t:.1f}")

async def with_taskgroup():
    t = time.monotonic()
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(say_after(0.2, 'hello'))
        task2 = tg.create_task(say_after(0.36, 'world'))
        print("Both tasks have completed now." if task1.done() else "tasks started")
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")
    print(f"finished in {time.monotonic() - t:.1f}")

asyncio.run(sequential())
asyncio.run(concurrent())
asyncio.run(with_taskgroup())
