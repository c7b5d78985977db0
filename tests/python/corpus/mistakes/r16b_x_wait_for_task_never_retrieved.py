# A wait_for started as a task and never awaited: its TimeoutError is logged with CPython's library place
import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    asyncio.create_task(asyncio.wait_for(slow(), 0.1))
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0.3)
    getter.cancel()
    await asyncio.sleep(0)
    print(getter)
    print("main ends")

asyncio.run(main())
