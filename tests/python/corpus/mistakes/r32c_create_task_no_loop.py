# create_task called at module level before any event loop runs.
import asyncio

async def background():
    await asyncio.sleep(0.01)
    print("background done")

task = asyncio.create_task(background())
asyncio.run(asyncio.sleep(0.02))
