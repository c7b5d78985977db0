# An uncaught ExceptionGroup with a nested group, printed in CPython 3.11's boxes.
import asyncio

async def fail(exc):
    await asyncio.sleep(0.1)  # the three fail in one iteration, even after a stall
    raise exc

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError('deep')))
        tg.create_task(fail(ZeroDivisionError('also deep')))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError('top level')))
        tg.create_task(inner_group())

asyncio.run(main())
