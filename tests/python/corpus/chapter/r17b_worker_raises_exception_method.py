# A worker that raises ValueError: exception() returns it and result() re-raises it
import asyncio

async def worker(x):
    await asyncio.sleep(0.05)
    if x < 0:
        raise ValueError(f'negative input: {x}')
    return x * 2

async def do_something():
    task = asyncio.create_task(worker(-3))
    try:
        await task
    except ValueError as err:
        print('caught:', err)
    exc = task.exception()
    print('exception():', repr(exc))
    try:
        task.result()
    except ValueError as err:
        print('result() raised again:', err, err is exc)

asyncio.run(do_something())
