# two tasks sharing one print_it callback, with their names in the output
import asyncio

async def worker(delay, value):
    print('worker - will take', delay)
    await asyncio.sleep(delay)
    print('worker - Done it', value)
    return value

def print_it(task):
    print('print_it', task.get_name(), 'result:', task.result())

async def do_something():
    t1 = asyncio.create_task(worker(0.1, 'slow'), name='first')
    t2 = asyncio.create_task(worker(0.03, 'fast'), name='second')
    for t in (t1, t2):
        t.add_done_callback(print_it)
    await t1
    await t2
    print('both done:', t1.done(), t2.done())
    print('results:', t1.result(), t2.result())

asyncio.run(do_something())
