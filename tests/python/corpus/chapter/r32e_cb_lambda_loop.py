# callbacks made with lambda in a loop so each one knows its task's name
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n * n

async def do_something():
    tasks = []
    for n in range(1, 4):
        t = asyncio.create_task(worker(n))
        t.add_done_callback(lambda task, n=n: print(f'callback {n}: {task.result()}'))
        t.add_done_callback(lambda task: print(f'late n is {n}'))
        tasks.append(t)
    await asyncio.gather(*tasks)
    print('all done')

asyncio.run(do_something())
