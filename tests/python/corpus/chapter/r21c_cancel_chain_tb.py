# An error raised in an except CancelledError block: chained traceback.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError('cleanup failed')

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    await t

asyncio.run(main())
