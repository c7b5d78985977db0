# An empty TaskGroup, and the TaskGroup's repr while children run and after.
import asyncio

async def main():
    async with asyncio.TaskGroup() as tg:
        print('empty:', repr(tg))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0.01))
        tg.create_task(asyncio.sleep(0.02))
        print('running:', repr(tg))
    print('after:', repr(tg))

asyncio.run(main())
