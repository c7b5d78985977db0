# an outer TaskGroup running two inner groups of downloads, some failing
import asyncio

async def download(name, fail):
    await asyncio.sleep(0.01)
    if fail:
        raise ConnectionError(f"{name} unreachable")
    return name

async def batch(names):
    async with asyncio.TaskGroup() as tg:
        for n in names:
            tg.create_task(download(n, n.startswith("x")))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(batch(["a", "xb"]))
        tg.create_task(batch(["xc", "xd"]))

asyncio.run(main())
