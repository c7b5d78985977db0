# TaskGroup with two failing children, nothing catches the ExceptionGroup
import asyncio

async def fail(kind, delay):
    await asyncio.sleep(delay)
    raise kind(f"from {kind.__name__}")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(KeyError, 0.01))
        tg.create_task(fail(TypeError, 0.01))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
