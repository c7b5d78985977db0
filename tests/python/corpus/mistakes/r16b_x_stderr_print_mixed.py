# print to stderr and stdout mixed, then an uncaught error in a task
import asyncio
import sys

async def worker():
    print("working")
    print("careful", file=sys.stderr)
    await asyncio.sleep(0.01)
    return {}["key"]

asyncio.run(worker())
