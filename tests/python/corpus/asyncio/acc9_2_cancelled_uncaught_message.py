# A task cancelled with a message and awaited by main, uncaught: CancelledError with the message at the bottom.
import asyncio

async def worker():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(worker())
    asyncio.get_running_loop().call_later(0.01, t.cancel, 'stopped by timer')
    await t

asyncio.run(main())
