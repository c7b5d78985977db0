# Nested TaskGroups whose failures make an ExceptionGroup tree.
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError("inner one"), 0.01))
        tg.create_task(fail(KeyError("inner two"), 0.01))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(inner())
        tg.create_task(fail(TypeError("outer"), 0.02))

asyncio.run(main())
