# SystemExit raised inside an asyncio task
import asyncio, sys

async def worker():
    await asyncio.sleep(0)
    print("worker exiting")
    sys.exit(4)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print("main after")

asyncio.run(main())
print("not printed")
