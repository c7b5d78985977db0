# Cancelling the task that runs a TaskGroup propagates CancelledError, not a group
import asyncio

cleaned = []

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append(n)

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(1))
        tg.create_task(child(2))

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())
    print("cleaned up:", sorted(cleaned))

asyncio.run(main())
