# Printing the current task's name inside workers.
import asyncio

async def worker():
    me = asyncio.current_task()
    await asyncio.sleep(0.01)
    print('running in', me.get_name())

async def main():
    print('main is', asyncio.current_task().get_name())
    await asyncio.gather(asyncio.create_task(worker(), name='alpha'),
                         asyncio.create_task(worker(), name='beta'))

asyncio.run(main())
