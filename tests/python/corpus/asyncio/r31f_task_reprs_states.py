# Printing tasks in each state (own directory stripped from the repr)
import asyncio
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def show(t):
    print(repr(t).replace(HERE, ""))

async def ok():
    return {"a": 1}

async def bad():
    raise ValueError("nope")

async def main():
    t1 = asyncio.create_task(ok(), name="ok-task")
    show(t1)
    t2 = asyncio.create_task(bad())
    t3 = asyncio.create_task(ok())
    t3.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show(t1)
    show(t2)
    show(t3)
    t2.exception()
    show(asyncio.current_task())

asyncio.run(main())
