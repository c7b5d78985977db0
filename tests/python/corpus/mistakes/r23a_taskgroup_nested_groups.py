import asyncio

async def leaf(name):
    await asyncio.sleep(0.01)
    raise RuntimeError(f"leaf {name} failed")

async def branch(name):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(name + ".1"))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(branch("A"))

asyncio.run(main())
