# event.wait() without await lets the consumer run ahead.
import asyncio

async def consumer(ev):
    ev.wait()
    print("consumer proceeds, event set?", ev.is_set())

async def main():
    ev = asyncio.Event()
    task = asyncio.create_task(consumer(ev))
    await asyncio.sleep(0.02)
    ev.set()
    await task

asyncio.run(main())
