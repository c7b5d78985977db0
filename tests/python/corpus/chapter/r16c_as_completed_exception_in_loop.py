# 34.6.2 with a worker raising: the loop catches it and carries on
import asyncio

async def worker(label, delay):
    # (no print before the sleep: as_completed starts its set of tasks in CPython's order by address)
    await asyncio.sleep(delay)
    print(f'Worker {label} - took {delay} s')
    if label == 'B':
        raise LookupError(f'{label} lost its result')
    return label + '!'

async def do_something():
    for async_func in asyncio.as_completed([worker('A', 0.3), worker('B', 0.1), worker('C', 0.2)]):
        try:
            result = await async_func
        except LookupError as e:
            print('do_something - error:', e)
            continue
        print('do_something - result:', result)

asyncio.run(do_something())
