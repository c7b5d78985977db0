# An uncaught ExceptionGroup from a TaskGroup with two failures: the traceback tree on stderr
import asyncio

async def fail(d, exc):
    try:
        await asyncio.sleep(d)
    finally:
        if d > 1:
            raise exc
    raise exc

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(0.1, ValueError('quick')))
        tg.create_task(fail(5, KeyError('slow')))

asyncio.run(main())
