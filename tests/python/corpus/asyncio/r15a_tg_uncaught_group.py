# A TaskGroup's ExceptionGroup left uncaught: the traceback of the group and its sub-exceptions
import asyncio

async def load(name):
    await asyncio.sleep(0.01)
    if name.startswith("x"):
        raise FileNotFoundError(f"no such page: {name}")
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        for page in ["index", "xabout", "contact"]:
            tg.create_task(load(page))
    print("unreachable")

asyncio.run(main())
