# Print task reprs as a debugging tutorial does: pending, finished, cancelled, failed
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def show(obj):
    print(repr(obj).replace(HERE, ""))

async def work(x):
    await asyncio.sleep(0.01)
    return x * 2

async def bad():
    raise RuntimeError("oops")

async def main():
    t = asyncio.create_task(work(3), name="worker-1")
    show(t)
    await t
    show(t)
    c = asyncio.create_task(work(1), name="worker-2")
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        pass
    show(c)
    b = asyncio.create_task(bad(), name="bad-one")
    await asyncio.sleep(0)
    show(b)
    b.exception()

asyncio.run(main())
