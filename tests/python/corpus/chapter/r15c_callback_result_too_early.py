# 34.5 where the learner asks for the result before awaiting the task
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    print('do_something - task.done():', task.done())
    try:
        print(task.result())
    except asyncio.InvalidStateError as e:
        print('do_something - InvalidStateError:', e)
    try:
        task.exception()
    except asyncio.InvalidStateError as e:
        print('do_something - exception() too:', e)
    print('do_something - awaited:', await task)

asyncio.run(do_something())
