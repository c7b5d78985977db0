# the cleanup in finally awaits, and gets cancelled a second time
import asyncio

async def job():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleaning up")
        await asyncio.sleep(0.1)
        print("cleanup done")

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("job cancelled", t.cancelled())

asyncio.run(main())
