# Cancelling one child of a TaskGroup does not abort the group
import asyncio

async def work(n):
    await asyncio.sleep(0.02 * n)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(n), name=f"w{n}") for n in range(1, 4)]
        tasks[1].cancel()
    for t in tasks:
        print(t.get_name(), "cancelled" if t.cancelled() else t.result())

asyncio.run(main())
