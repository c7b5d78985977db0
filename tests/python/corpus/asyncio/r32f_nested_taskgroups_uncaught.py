# Nested TaskGroups whose errors propagate out uncaught: nested ExceptionGroup tracebacks
import asyncio

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("inner-1", 0.01))
        tg.create_task(fail("inner-2", 0.01))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner_group())
        tg.create_task(fail("outer", 0.05))

asyncio.run(main())
