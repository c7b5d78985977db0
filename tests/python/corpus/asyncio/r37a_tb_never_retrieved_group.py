# A task that dies with an ExceptionGroup is never awaited: the logged message prints the whole group
import asyncio


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")


async def orphan():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails(1))
        tg.create_task(fails(2))


async def main():
    t = asyncio.create_task(orphan())
    await asyncio.sleep(0.02)
    print("orphan done:", t.done())
    del t
    print("main continues")


asyncio.run(main())
print("after run")
