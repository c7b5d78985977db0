# a worker gives up by raising CancelledError itself
import asyncio

async def worker(items):
    for i in items:
        if i < 0:
            raise asyncio.CancelledError(f"bad item {i}")
        await asyncio.sleep(0.01)
    return sum(items)

async def main():
    t = asyncio.create_task(worker([1, -2, 3]))
    await asyncio.sleep(0.05)
    print("done:", t.done(), "cancelled:", t.cancelled())
    print(await t)

asyncio.run(main())
