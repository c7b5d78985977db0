# async with a timeout at module level.
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    return "done"

async with asyncio.timeout(1):
    print(asyncio.run(slow()))
