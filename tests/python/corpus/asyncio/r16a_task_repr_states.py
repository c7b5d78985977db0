# A task's repr through its life: pending, cancelling, finished with result, exception, cancelled
import asyncio
import re

def show(t):
    print(re.sub(r' at [^ >]+', '', repr(t)))

async def val():
    await asyncio.sleep(0.1)
    return [1, 2]

async def err():
    raise ValueError('bad')

async def main():
    t = asyncio.create_task(val(), name='v')
    show(t)
    await t
    show(t)
    e = asyncio.create_task(err(), name='e')
    await asyncio.sleep(0)
    show(e)
    e.exception()
    c = asyncio.create_task(val(), name='c')
    await asyncio.sleep(0)
    c.cancel()
    show(c)
    await asyncio.sleep(0)
    show(c)

asyncio.run(main())
