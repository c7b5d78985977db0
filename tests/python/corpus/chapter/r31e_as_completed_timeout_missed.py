# as_completed with a timeout shorter than the slowest worker
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'{label} after {delay}'

async def do_something():
    tasks = [asyncio.create_task(worker(l, d)) for l, d in
             [('A', 0.05), ('B', 0.5), ('C', 0.1)]]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.25):
            got.append(await fut)
            print('got', got[-1])
    except asyncio.TimeoutError:
        print('timed out with', len(got), 'results')
    print('B done?', tasks[1].done())
    tasks[1].cancel()
    await asyncio.sleep(0)
    print('B cancelled?', tasks[1].cancelled())

asyncio.run(do_something())
