# Cleanup in finally that itself awaits after a cancellation
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup start")
        await asyncio.sleep(0.01)
        print("cleanup end")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0)
    print("after one tick, done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled after cleanup")

asyncio.run(main())
