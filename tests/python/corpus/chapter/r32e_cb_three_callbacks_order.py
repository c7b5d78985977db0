# added three callbacks to see which order they run in
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.02)
    return 42

def first(task):
    print('first sees', task.result())

def second(task):
    print('second sees', task.result() + 1)

def third(task):
    print('third sees done =', task.done())

async def do_something():
    task = asyncio.create_task(worker())
    for cb in (third, first, second):
        task.add_done_callback(cb)
    print('callbacks added')
    await task
    print('after await')
    await asyncio.sleep(0)
    print('after a sleep(0)')

asyncio.run(do_something())
