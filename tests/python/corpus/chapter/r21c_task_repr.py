# Printing a task's repr (directory stripped) before and after it finishes.
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def show(x):
    print(repr(x).replace(HERE, ''))

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def fails():
    raise KeyError('k')

async def main():
    t = asyncio.create_task(worker(), name='w')
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    f = asyncio.create_task(fails())
    await asyncio.sleep(0)
    show(f)
    f.exception()
    c = asyncio.create_task(worker())
    c.cancel()
    await asyncio.sleep(0)
    show(c)

asyncio.run(main())
