# A TaskGroup child that gets cancelled on its own does not abort the group
import asyncio

async def quitter():
    await asyncio.sleep(0.01)
    raise asyncio.CancelledError()

async def worker():
    await asyncio.sleep(0.05)
    return "worker ok"

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(quitter())
        b = tg.create_task(worker())
    print(a.cancelled(), b.result())

asyncio.run(main())
