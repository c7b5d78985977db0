# cancelled the whole gather and put a callback on each worker task to see each one stop
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

def report(task):
    state = 'cancelled' if task.cancelled() else f'result {task.result()}'
    print(f'{task.get_name()}: {state}')

async def do_something():
    tasks = []
    for label, delay in (('A', 0.05), ('B', 0.3), ('C', 0.4)):
        t = asyncio.create_task(worker(label, delay), name=f'worker-{label}')
        t.add_done_callback(report)
        tasks.append(t)
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.15)
    print('cancel gather:', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled:', g.cancelled())

asyncio.run(do_something())
