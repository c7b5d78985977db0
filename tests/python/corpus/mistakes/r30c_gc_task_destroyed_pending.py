# A task waiting on a future nobody resolves, dropped and collected.
import asyncio
import gc

async def waiter(fut):
    await fut
    print("never")

async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(waiter(loop.create_future()))
    await asyncio.sleep(0.01)
    gc.collect()
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
