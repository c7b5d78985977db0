# result() before the task is done: InvalidStateError, caught.
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    try:
        print(task.result())
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print('done before await:', task.done())
    print('after await:', await task)

asyncio.run(do_something())
