# 34.5 with three tasks sharing one callback that counts them
import asyncio

finished = []

async def worker(n):
    print(f'worker {n} - will take some time')
    await asyncio.sleep(0.1 * (4 - n))
    print(f'worker {n} - Done it')
    return n * 14

def print_it(task):
    finished.append(task.result())
    print('print_it result:', task.result(), 'count', len(finished))

async def do_something():
    tasks = [asyncio.create_task(worker(n)) for n in (1, 2, 3)]
    for t in tasks:
        t.add_done_callback(print_it)
    for t in tasks:
        await t
    print('do_something - all results:', [t.result() for t in tasks])
    print('do_something - finished order:', finished)

asyncio.run(do_something())
