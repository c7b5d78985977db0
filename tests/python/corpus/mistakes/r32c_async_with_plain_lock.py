# Using a threading.Lock in async with.
import asyncio
import threading

lock = threading.Lock()

async def main():
    async with lock:
        print("in critical section")

asyncio.run(main())
