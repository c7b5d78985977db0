# The repr of a task that is suspended shows what it waits for
import asyncio
import re

def clean(r):
    return re.sub(r"/[^ >]*/", "", r)

async def napper():
    await asyncio.sleep(10)

async def waits_on(fut):
    return await fut

async def main():
    t = asyncio.create_task(napper(), name="napper")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = asyncio.create_task(waits_on(fut), name="waiter")
    await asyncio.sleep(0.01)
    print(clean(repr(t)))
    print(clean(repr(w)))
    print(clean(repr(fut)))
    t.cancel()
    print(clean(repr(t)))
    fut.set_result("x")
    await asyncio.sleep(0)
    print(clean(repr(w)))
    await asyncio.sleep(0)

asyncio.run(main())
