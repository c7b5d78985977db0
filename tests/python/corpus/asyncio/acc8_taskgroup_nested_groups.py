# A failing inner TaskGroup inside an outer one: the outer gets a group holding the inner group.
import asyncio

async def boom():
    await asyncio.sleep(0.01)
    raise ValueError('inner boom')

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(asyncio.sleep(0.5))
    except ExceptionGroup as eg:
        print(eg)
        print(eg.exceptions[0])
        print(eg.exceptions[0].exceptions)

asyncio.run(main())
