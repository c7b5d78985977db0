# printing the automatic task names, in gather, wait_for and a second run
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return asyncio.current_task().get_name()

async def main():
    print('main is', asyncio.current_task().get_name())
    print('gather:', await asyncio.gather(worker(), worker(), worker()))
    print('wait_for:', await asyncio.wait_for(worker(), 1))
    print('direct await:', await worker())
    t = asyncio.create_task(worker())
    print('create_task:', await t, t.get_name())

asyncio.run(main())
asyncio.run(main())
