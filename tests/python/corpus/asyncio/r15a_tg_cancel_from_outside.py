# The task running a TaskGroup is cancelled: its children are cancelled and CancelledError propagates
import asyncio

cleaned = []

async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append(f"child {n}")

async def supervisor():
    async with asyncio.TaskGroup() as tg:
        for n in range(2):
            tg.create_task(child(n))
    print("never printed")

async def main():
    sup = asyncio.create_task(supervisor())
    await asyncio.sleep(0.1)
    sup.cancel()
    try:
        await sup
    except asyncio.CancelledError:
        print("supervisor cancelled:", sup.cancelled())
    print("cleaned up:", sorted(cleaned))

asyncio.run(main())
