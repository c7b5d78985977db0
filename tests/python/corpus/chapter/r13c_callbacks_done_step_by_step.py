import asyncio

async def worker():
    print('worker - step 1')
    await asyncio.sleep(0)
    print('worker - step 2')
    await asyncio.sleep(0)
    print('worker - step 3')
    return 'finished'

def print_it(task):
    print('print_it result:', task.result())

async def do_something():
    task = asyncio.create_task(worker())
    task.add_done_callback(print_it)
    for i in range(5):
        print(f'do_something - round {i}: done={task.done()}')
        await asyncio.sleep(0)
    print('do_something - result:', task.result())

asyncio.run(do_something())
