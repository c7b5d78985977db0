# Following the hint: enable tracemalloc to see where the unawaited coroutine came from.
import asyncio
import tracemalloc
tracemalloc.start()

async def save(record):
    await asyncio.sleep(0.01)
    print("saved", record)

async def main():
    save("r1")
    await asyncio.sleep(0.02)
    print("main done")

asyncio.run(main())
