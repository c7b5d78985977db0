# A TaskGroup opened without the colon after async with.
import asyncio

async def worker(name):
    await asyncio.sleep(0.01)
    print(name, "done")

async def main():
    async with asyncio.TaskGroup() as tg
        tg.create_task(worker("A"))
        tg.create_task(worker("B"))
    print("all done")

asyncio.run(main())
