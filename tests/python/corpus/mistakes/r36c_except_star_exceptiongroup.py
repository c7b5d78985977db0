# catching the group from a TaskGroup with except* ExceptionGroup
import asyncio

async def boom(n):
    await asyncio.sleep(0.01)
    raise ValueError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(1))
    except* ExceptionGroup as eg:
        print("caught", eg)

asyncio.run(main())
