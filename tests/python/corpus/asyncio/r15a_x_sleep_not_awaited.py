# asyncio.sleep() called without await: no pause, and the never-awaited warning
import asyncio
import time

async def main():
    start = time.monotonic()
    print("waiting...")
    asyncio.sleep(0.5)
    print("paused?", time.monotonic() - start > 0.4)

asyncio.run(main())
