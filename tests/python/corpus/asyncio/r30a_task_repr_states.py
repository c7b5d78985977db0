# Watch a named task's repr as it goes from pending to done, cancelled and failed
import asyncio
import re

def show(t):
    print(re.sub(r" at [^ >]*\.py:", " at FILE:", repr(t)))

async def work(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(f"bad n {n}")
    return n * 2

async def main():
    t = asyncio.create_task(work(3), name="doubler")
    show(t)
    await t
    show(t)
    c = asyncio.create_task(work(1), name="victim")
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        pass
    show(c)
    f = asyncio.create_task(work(-1), name="failer")
    try:
        await f
    except ValueError:
        pass
    show(f)

asyncio.run(main())
