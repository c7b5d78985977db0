# Awaiting Event.set() as if it were a coroutine
import asyncio

async def waiter(event):
    await event.wait()
    print("event happened")

async def main():
    event = asyncio.Event()
    task = asyncio.create_task(waiter(event))
    await asyncio.sleep(0.01)
    await event.set()
    await task

asyncio.run(main())
