# typed the worker from memory and forgot the colon
import asyncio

async def worker()
    await asyncio.sleep(0.01)
    return 42

print(asyncio.run(worker()))
