import asyncio

events = []

async def worker(n):
    try:
        await asyncio.sleep(n / 5)
        print("worker", n, "done")
    except asyncio.CancelledError:
        events.append(f"worker {n} cancelled")
        raise

async def group():
    async with asyncio.TaskGroup() as tg:
        for n in (1, 2, 3):
            tg.create_task(worker(n))
    print("not reached")

async def main():
    t = asyncio.create_task(group())
    await asyncio.sleep(0.3)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled")
    print(sorted(events))

asyncio.run(main())
