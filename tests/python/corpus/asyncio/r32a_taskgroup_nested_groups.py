# Nested TaskGroups: inner failure becomes a nested ExceptionGroup in the outer one
import asyncio

async def bad(msg):
    await asyncio.sleep(0.01)
    raise RuntimeError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad("inner"))
        tg.create_task(asyncio.sleep(1))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print(repr(eg))
        sub = eg.exceptions[0]
        print(type(sub).__name__, sub.message, [str(e) for e in sub.exceptions])
        print(eg.split(RuntimeError)[0] is not None)

asyncio.run(main())
