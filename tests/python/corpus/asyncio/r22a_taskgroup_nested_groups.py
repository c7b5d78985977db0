# A failing inner TaskGroup puts its group inside the outer one's.
import asyncio
import traceback

async def bad(msg):
    await asyncio.sleep(0.01)
    raise ValueError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad('deep'))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(bad('shallow'))
    except ExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(' ', type(e).__name__, e)
        print(eg.split(ValueError)[0] is not None)
        only = eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == 'deep')
        print(only)

asyncio.run(main())
