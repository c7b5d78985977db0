# printing the task object itself after it finished
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('print_it:', task.get_name(), task.get_coro().__name__, task.result())

async def do_something():
    task = asyncio.create_task(worker(), name='the-worker')
    task.add_done_callback(print_it)
    await task
    fut = asyncio.get_running_loop().create_future()
    print('future:', fut)
    fut.set_result([1, 2])
    print('future:', fut)

asyncio.run(do_something())
