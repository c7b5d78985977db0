import asyncio

async def leaf(name, fail):
    await asyncio.sleep(0.01)
    if fail:
        raise ValueError(name)
    return name

async def branch(name, fails):
    async with asyncio.TaskGroup() as tg:
        for i, f in enumerate(fails):
            tg.create_task(leaf(f"{name}.{i}", f))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(branch("left", [False, True]))
            tg.create_task(branch("right", [False, False]))
    except* ValueError as eg:
        def walk(e, depth=0):
            print("  " * depth + type(e).__name__ + ":", str(e))
            for sub in getattr(e, "exceptions", ()):
                walk(sub, depth + 1)
        walk(eg)

asyncio.run(main())
