# asking for the result straight after create_task, before awaiting
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    print('done yet?', task.done())
    try:
        print(task.result())
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        task.exception()
    except asyncio.InvalidStateError as e:
        print('exception() too:', e)
    await task
    print('now:', task.result())
    print(task.result())
    print(task.exception())
    task.result2()

asyncio.run(do_something())
