import asyncio


async def background_sync():
    await asyncio.sleep(0.01)
    items = {"a": 1}
    return items["b"]


async def main():
    asyncio.create_task(background_sync())
    await asyncio.sleep(0.05)
    print("main is done, never looked at the task")


asyncio.run(main())
print("after run")
