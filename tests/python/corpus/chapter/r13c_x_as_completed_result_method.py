import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def do_something():
    tasks = [asyncio.create_task(worker(l)) for l in 'AB']
    for async_func in asyncio.as_completed(tasks):
        print('result:', async_func.result())

asyncio.run(do_something())
