# test_taskgroups: a child that is cancelled on its own does not abort the group
import asyncio

async def slow():
    await asyncio.sleep(1)

async def quick():
    await asyncio.sleep(0.05)
    return 'quick'

async def main():
    async with asyncio.TaskGroup() as tg:
        s = tg.create_task(slow())
        q = tg.create_task(quick())
        await asyncio.sleep(0)
        s.cancel()
    print(s.cancelled(), q.result())

asyncio.run(main())
