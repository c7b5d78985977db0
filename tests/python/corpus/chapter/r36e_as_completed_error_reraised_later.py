# caught a worker's error inside my as_completed loop, kept it, and re-raised it after the loop
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    if label == 'B':
        raise PermissionError(f'{label} not allowed')
    return label

async def do_something():
    saved = None
    for fut in asyncio.as_completed([asyncio.create_task(worker(l, d)) for l, d in (('A', 0.05), ('B', 0.1))]):
        try:
            print('result:', await fut)
        except PermissionError as e:
            print('saved error:', e)
            saved = e
    raise saved

asyncio.run(do_something())
