# gave each task a name so my print_it callback can say which one finished
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)
    return int(delay * 100)

def print_it(task):
    print(f'print_it: {task.get_name()} ->', task.result())

async def do_something():
    tasks = []
    for i, delay in enumerate([0.15, 0.05, 0.1]):
        task = asyncio.create_task(worker(delay), name=f'job-{i}')
        task.add_done_callback(print_it)
        tasks.append(task)
    for task in tasks:
        await task
    print('names:', [t.get_name() for t in tasks])

asyncio.run(do_something())
