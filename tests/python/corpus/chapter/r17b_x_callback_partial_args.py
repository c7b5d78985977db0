# The 34.5 listing with functools.partial giving the callback a label and a shared list
import asyncio
import functools

def print_it(label, log, task):
    log.append(label)
    print(f'{label}: print_it result: {task.result()}')

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return n * 42

async def do_something():
    log = []
    tasks = []
    for n in (2, 1, 3):
        task = asyncio.create_task(worker(n))
        task.add_done_callback(functools.partial(print_it, f'task{n}', log))
        tasks.append(task)
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print('log order:', log)
    p = functools.partial(print_it, 'x')
    print(p.func.__name__, p.args, p.keywords)

asyncio.run(do_something())
