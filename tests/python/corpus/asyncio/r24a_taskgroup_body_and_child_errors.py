import asyncio

async def child():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.15)
            raise KeyError("body failed")
    except ExceptionGroup as eg:
        print("group:", eg)
        print([repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            raise KeyError("body first")
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions])

asyncio.run(main())
