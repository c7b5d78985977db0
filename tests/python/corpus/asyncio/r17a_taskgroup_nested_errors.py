# a failing inner TaskGroup nests its ExceptionGroup inside the outer one
import asyncio

async def boom(msg):
    await asyncio.sleep(0.01)
    raise OSError(msg)

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom('inner'))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print(eg)
        print(eg.exceptions[0])
        print(eg.exceptions[0].exceptions)
        print(eg.subgroup(OSError) is not None, eg.split(OSError)[1])

asyncio.run(main())
