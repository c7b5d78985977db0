# The docs' to_thread example: a blocking call in a thread while a coroutine sleeps
import asyncio
import time

def blocking_io():
    print("start blocking_io")
    time.sleep(0.3)
    print("blocking_io complete")
    return "io result"

async def main():
    start = time.monotonic()
    print("started main")
    res, _ = await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(0.1))
    elapsed = time.monotonic() - start
    print("finished main:", res)
    print("ran concurrently:", elapsed < 0.35)

asyncio.run(main())
