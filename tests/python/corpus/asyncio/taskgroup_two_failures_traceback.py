# Two children of a TaskGroup fail at different times: the uncaught ExceptionGroup traceback with both sub-exceptions.
import asyncio

async def a():
    await asyncio.sleep(0.01)
    raise ValueError('from a')

async def b():
    await asyncio.sleep(0.02)
    raise KeyError('from b')

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(a())
        tg.create_task(b())

asyncio.run(main())
