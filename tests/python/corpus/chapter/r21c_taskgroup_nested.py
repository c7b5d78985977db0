# Nested TaskGroups with failures: the nested ExceptionGroup printed.
import asyncio
import traceback
import sys

async def fail(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail('inner-a', 0.1))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(fail('outer-b', 0.3))
    except ExceptionGroup as eg:
        print(eg)
        print(repr(eg))
        print(eg.exceptions[0].exceptions)

asyncio.run(main())
