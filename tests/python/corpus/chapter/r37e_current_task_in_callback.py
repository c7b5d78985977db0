# inside a done callback, which task is "current"? none, it turns out
import asyncio

async def worker():
    print('in worker, current task:', asyncio.current_task().get_name())
    await asyncio.sleep(0.01)
    return 42

def print_it(task):
    print('in callback, current task:', asyncio.current_task())
    print('in callback, loop running:', asyncio.get_running_loop().is_running())
    print('finished task name:', task.get_name())

async def main():
    task = asyncio.create_task(worker(), name='the-worker')
    task.add_done_callback(print_it)
    await task
    print('in main, current task:', asyncio.current_task().get_name())

asyncio.run(main())
