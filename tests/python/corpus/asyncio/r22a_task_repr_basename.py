# repr() of tasks, with the file path shortened to its base name.
import asyncio
import os

def short(obj):
    return repr(obj).replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')

async def job(x):
    await asyncio.sleep(0.01)
    return x * 2

async def bad():
    raise ValueError('nope')

async def main():
    t = asyncio.create_task(job(21), name='doubler')
    print(short(t))
    await t
    print(short(t))
    b = asyncio.create_task(bad(), name='bad')
    await asyncio.sleep(0)
    print(short(b))
    b.exception()
    c = asyncio.create_task(job(1), name='gone')
    c.cancel()
    await asyncio.sleep(0)
    print(short(c))

asyncio.run(main())
