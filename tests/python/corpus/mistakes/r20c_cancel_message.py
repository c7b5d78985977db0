# task cancelled with a message, awaited: CancelledError shows message
import asyncio

async def worker():
    await asyncio.sleep(5)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args)
    t2 = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t2.cancel("second reason")
    await t2

asyncio.run(main())
