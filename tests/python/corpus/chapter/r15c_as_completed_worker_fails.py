# 34.6.2 with one worker that fails: the for loop catches its error and goes on
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    if label == 'B':
        raise KeyError(label)
    return label * 2

async def do_something():
    for async_func in asyncio.as_completed([worker('A', 0.3), worker('B', 0.1), worker('C', 0.2)]):
        try:
            print('do_something - result:', await async_func)
        except KeyError as e:
            print('do_something - a worker failed with KeyError', e)

asyncio.run(do_something())
