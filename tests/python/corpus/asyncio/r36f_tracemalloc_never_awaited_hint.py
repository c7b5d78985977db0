# Following the warning's hint: enable tracemalloc to see where a never-awaited coroutine was made.
import asyncio
import gc
import tracemalloc

tracemalloc.start()

async def send_email(to):
    await asyncio.sleep(0)
    print("sent to", to)

async def main():
    send_email("bob@example.com")
    gc.collect()
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
