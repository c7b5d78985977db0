# as_complete instead of as_completed, caught and retried with the right name
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def do_something():
    # delays 0.1 s apart: as_completed starts its set of tasks in CPython's order by address
    coros = (worker('A', 0.1), worker('B', 0.2))
    try:
        it = asyncio.as_complete(coros)
    except AttributeError as e:
        print('AttributeError:', e)
        it = asyncio.as_completed(coros)
    for f in it:
        print(await f)

asyncio.run(do_something())
