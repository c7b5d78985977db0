# A task's finally block raises while it is being cancelled.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup exploded")

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    await t

asyncio.run(main())
