# all_tasks() while workers run: how many tasks the loop has
import asyncio

async def worker(delay):
    await asyncio.sleep(delay)

async def do_something():
    print('at start:', len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(worker(d)) for d in (0.1, 0.3)]
    print('after create_task:', len(asyncio.all_tasks()))
    await asyncio.sleep(0.2)
    print('after 0.2 s:', len(asyncio.all_tasks()))
    print('current in all:', asyncio.current_task() in asyncio.all_tasks())
    await asyncio.gather(*tasks)
    print('at end:', len(asyncio.all_tasks()), [t.done() for t in tasks])

asyncio.run(do_something())
