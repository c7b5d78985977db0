# InvalidStateError reading result of pending future / task
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    t = asyncio.create_task(asyncio.sleep(1))
    t.exception()

asyncio.run(main())
