# A child cancelled by a sibling is not an error for the TaskGroup.
import asyncio

async def long_job():
    await asyncio.sleep(1)
    return 'long'

async def canceller(target):
    await asyncio.sleep(0.01)
    target.cancel()
    return 'cancelled the long job'

async def main():
    async with asyncio.TaskGroup() as tg:
        long = tg.create_task(long_job())
        other = tg.create_task(canceller(long))
    print('group finished without error')
    print(long.cancelled(), other.result())

asyncio.run(main())
# (end of the program)
