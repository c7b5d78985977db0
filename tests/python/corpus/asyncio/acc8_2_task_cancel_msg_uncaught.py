# A task cancelled with a message and awaited uncaught: the CancelledError traceback shows the message.
import asyncio

async def worker():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel('no longer needed')
    await t

asyncio.run(main())
