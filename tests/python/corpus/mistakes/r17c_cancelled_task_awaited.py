# Awaiting a task that was cancelled: CancelledError ends asyncio.run
import asyncio


async def slow():
    await asyncio.sleep(1)
    return 'slow done'


async def main():
    task = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    task.cancel()
    print('cancelled it')
    print(await task)


asyncio.run(main())
