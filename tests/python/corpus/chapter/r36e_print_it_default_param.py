# gave my callback a second parameter with a default so one function serves every task
import asyncio

async def worker(n):
    await asyncio.sleep(0.05 * n)
    return n * n

def print_it(task, prefix='print_it'):
    print(f'{prefix} result:', task.result())

async def do_something():
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2))
    t1.add_done_callback(print_it)
    t2.add_done_callback(print_it, 'second')
    await asyncio.gather(t1, t2)

asyncio.run(do_something())
