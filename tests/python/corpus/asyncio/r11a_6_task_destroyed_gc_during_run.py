import asyncio
import gc


async def wait_forever(fut):
    print("waiting on a future nobody else holds")
    await fut


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(wait_forever(loop.create_future()))
    await asyncio.sleep(0.01)
    gc.collect()
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
