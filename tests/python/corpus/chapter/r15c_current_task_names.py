# workers print the name of the task that runs them (current_task)
import asyncio

async def worker(delay):
    me = asyncio.current_task()
    await asyncio.sleep(delay)
    print(f'{me.get_name()} - Done it')
    return me.get_name()

async def do_something():
    print('main task is', asyncio.current_task().get_name())
    t1 = asyncio.create_task(worker(0.2), name='first')
    t2 = asyncio.create_task(worker(0.1), name='second')
    t2.set_name('renamed')
    print('results:', await asyncio.gather(t1, t2))

asyncio.run(do_something(), debug=False)
