# Inspect a nested ExceptionGroup from TaskGroups with split(), subgroup() and a walk.
import asyncio

async def fail(exc):
    await asyncio.sleep(0)
    raise exc

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError("inner v")))
        tg.create_task(fail(OSError("inner os")))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner())
            tg.create_task(fail(ValueError("outer v")))
    except ExceptionGroup as eg:
        print(repr(eg))
        match, rest = eg.split(ValueError)
        print("match:", repr(match))
        print("rest:", repr(rest))
        print("subgroup:", eg.subgroup(lambda e: isinstance(e, OSError)))

        def walk(e, depth=0):
            print("  " * depth + f"{type(e).__name__}: {e}")
            for sub in getattr(e, "exceptions", ()):
                walk(sub, depth + 1)
        walk(eg)

asyncio.run(main())
