import asyncio


async def fragile():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("never printed", e)


async def main():
    task = asyncio.create_task(fragile())
    await asyncio.sleep(0.01)
    task.cancel()
    result = await task
    print("result", result)


asyncio.run(main())
