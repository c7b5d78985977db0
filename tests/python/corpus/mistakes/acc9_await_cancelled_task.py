# Awaiting a task after cancelling it, uncaught.
import asyncio

async def worker():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    await t

asyncio.run(main())
