# add_done_callback with functools.partial so the callback knows which worker it was
import asyncio
import functools

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n * n

def print_it(label, task, *, prefix='>>'):
    print(prefix, label, 'result:', task.result())

async def do_something():
    tasks = []
    for i in range(1, 4):
        t = asyncio.create_task(worker(i))
        t.add_done_callback(functools.partial(print_it, f'w{i}', prefix='=>'))
        tasks.append(t)
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    print('all done', [t.result() for t in tasks])

asyncio.run(do_something())
