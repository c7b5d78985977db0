# test_taskgroups: an uncaught ExceptionGroup holding a nested group prints both tracebacks' trees
import asyncio

async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError('inner key')))
        tg.create_task(fail(ValueError('inner value')))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(fail(OSError('outer')))

asyncio.run(main())
