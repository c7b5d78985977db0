# An uncaught exception raised in a task awaited by another task: the traceback shows each task's frames.
import asyncio

async def leaf(n):
    await asyncio.sleep(0.01)
    return 10 / n

async def middle():
    t = asyncio.create_task(leaf(0))
    return await t

async def main():
    print('starting')
    result = await asyncio.create_task(middle())
    print('never', result)

asyncio.run(main())
