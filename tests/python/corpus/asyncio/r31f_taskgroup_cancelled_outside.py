# Cancelling the task that runs a TaskGroup: its children are cancelled, CancelledError propagates
import asyncio

cleaned = []

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append(n)

async def runner():
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(child(n))
    print("not reached")

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())
    print("children cleaned up:", sorted(cleaned))

asyncio.run(main())
