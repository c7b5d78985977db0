# The 34.5 callback checking exception() first, for workers that succeed, fail and are cancelled
import asyncio

def print_it(task):
    if task.cancelled():
        print(f'{task.get_name()}: cancelled')
    elif task.exception() is not None:
        print(f'{task.get_name()}: failed with {task.exception()!r}')
    else:
        print(f'{task.get_name()}: result {task.result()}')

async def worker(n):
    await asyncio.sleep(0.2 * n)
    if n == 2:
        raise ZeroDivisionError('division by zero in worker')
    return n * 42

async def do_something():
    tasks = [asyncio.create_task(worker(n), name=f'worker-{n}') for n in (1, 2, 3)]
    for t in tasks:
        t.add_done_callback(print_it)
    await asyncio.sleep(0.3)
    tasks[2].cancel()
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.get_name() for t in done))

asyncio.run(do_something())
