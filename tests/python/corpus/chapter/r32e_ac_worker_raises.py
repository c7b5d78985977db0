# as_completed where worker B raises - catch it inside the loop and keep going
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    if label == 'B':
        raise LookupError(f'no data for {label}')
    return label * 2

async def do_something():
    jobs = (worker('A', 0.2), worker('B', 0.1), worker('C', 0.3))
    for i, fut in enumerate(asyncio.as_completed(jobs)):
        try:
            print(i, 'result:', await fut)
        except LookupError as err:
            print(i, 'error:', err)

asyncio.run(do_something())
