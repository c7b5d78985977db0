import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label.lower()

def announce(task):
    print(f'  callback: {task.get_name()} -> {task.result()}')

async def do_something():
    tasks = []
    for label, delay in [('A', 0.3), ('B', 0.1), ('C', 0.2)]:
        t = asyncio.create_task(worker(label, delay), name=f'job-{label}')
        t.add_done_callback(announce)
        tasks.append(t)
    for async_func in asyncio.as_completed(tasks):
        result = await async_func
        print('do_something - result:', result)

asyncio.run(do_something())
