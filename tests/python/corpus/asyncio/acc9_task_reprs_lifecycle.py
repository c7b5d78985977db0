# A Task's repr from inside itself, and once finished with a result, an exception, or cancelled.
import asyncio

def show(t):
    print(repr(t).replace(__file__, 'FILE'))

async def ok():
    show(asyncio.current_task())
    return {'k': 'v'}

async def bad():
    raise ValueError('bad')

async def slow():
    await asyncio.sleep(1)

async def main():
    t1 = asyncio.create_task(ok(), name='ok-task')
    t2 = asyncio.create_task(bad())
    t3 = asyncio.create_task(slow())
    show(t1)
    await asyncio.sleep(0)
    t3.cancel()
    await asyncio.wait([t1, t2, t3])
    for t in (t1, t2, t3):
        show(t)
    t2.exception()

asyncio.run(main())
