# sys.exit called inside a background task.
import asyncio
import sys

async def checker():
    await asyncio.sleep(0.01)
    print("fatal condition, exiting")
    sys.exit(4)

async def main():
    t = asyncio.create_task(checker())
    await asyncio.sleep(0.1)
    print("main still here")

asyncio.run(main())
print("after run")
