import asyncio

async def background():
    await asyncio.sleep(0.01)
    print("background done")

task = asyncio.create_task(background())

async def main():
    await task

asyncio.run(main())
