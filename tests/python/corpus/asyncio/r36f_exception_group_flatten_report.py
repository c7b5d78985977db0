# Flatten nested ExceptionGroups from nested TaskGroups into a simple error report.
import asyncio

async def task(name, fail_with=None):
    if fail_with:
        raise fail_with(f"{name} failed")
    await asyncio.sleep(0.1)

async def region(name, specs):
    async with asyncio.TaskGroup() as tg:
        for n, exc in specs:
            tg.create_task(task(f"{name}/{n}", exc))

def flatten(eg):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from flatten(e)
        else:
            yield e

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(region("eu", [("db", KeyError), ("web", None)]))
            tg.create_task(region("us", [("db", None), ("web", OSError), ("cdn", ValueError)]))
    except* Exception as eg:
        for e in sorted(flatten(eg), key=str):
            print(f"{type(e).__name__:>10}: {e}")
        print("depth-1 groups:", len(eg.exceptions))

asyncio.run(main())
