# put the whole gather under wait_for; callbacks show what happened to each child
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

def report(task):
    print(task.get_name(), 'cancelled' if task.cancelled() else task.result())

async def do_something():
    tasks = [asyncio.create_task(worker(l, d), name=l) for l, d in (('fast', 0.05), ('slow', 0.5))]
    for t in tasks:
        t.add_done_callback(report)
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=0.2)
    except asyncio.TimeoutError:
        print('gather timed out')
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])

asyncio.run(do_something())
