import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * (4 - n))
    return n * 11

async def do_something():
    tasks = []
    for i in range(1, 4):
        t = asyncio.create_task(worker(i))
        t.add_done_callback(lambda task, i=i: print(f'callback {i}: {task.result()}'))
        t.add_done_callback(lambda task: print(f'  late-bound i is {i}'))
        tasks.append(t)
    for t in tasks:
        await t
    print('do_something - all', [t.result() for t in tasks])

asyncio.run(do_something())
