import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    if label == 'B':
        raise LookupError(f'no data for {label}')
    return label * 3

async def do_something():
    coros = [worker('A', 0.03), worker('B', 0.06), worker('C', 0.09)]
    for async_func in asyncio.as_completed(coros):
        try:
            result = await async_func
        except LookupError as e:
            print('do_something - error:', e)
        else:
            print('do_something - result:', result)

asyncio.run(do_something())
