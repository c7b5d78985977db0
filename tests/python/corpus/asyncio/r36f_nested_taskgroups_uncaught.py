# Nested TaskGroups where an inner job fails; the nested ExceptionGroup goes uncaught.
import asyncio

async def leaf(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(f"{name} not found")
    print(name, "ok")

async def branch(name, fail_leaf):
    async with asyncio.TaskGroup() as tg:
        for i in range(2):
            tg.create_task(leaf(f"{name}.{i}", 0.01 * (i + 1), fail_leaf == i))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(branch("left", None))
        tg.create_task(branch("right", 1))

asyncio.run(main())
