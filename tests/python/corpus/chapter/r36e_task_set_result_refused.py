# tried to give a task its result early with set_result, like a Future
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def do_something():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result('early')
    print('future:', fut.result())
    try:
        fut.set_result('again')
    except asyncio.InvalidStateError as e:
        print('future twice:', type(e).__name__, e)
    task = asyncio.create_task(worker())
    try:
        task.set_result(0)
    except RuntimeError as e:
        print('task:', e)
    print('awaited:', await task)
    task.set_exception(ValueError('too late'))

asyncio.run(do_something())
