# Printing a task's repr (directory stripped by a regex) in each state.
import asyncio
import re



def show(x):
    print(re.sub(r'(at |defined at )\S*\/', r'\1', repr(x)))

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
