import asyncio

async def background():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("background cancelled at shutdown")
        raise

async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    data = {"a": 1}
    print(data["b"])

asyncio.run(main())
