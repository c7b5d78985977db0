import asyncio
import threading

lock = threading.Lock()
counter = 0

async def bump():
    global counter
    async with lock:
        counter += 1

async def main():
    await asyncio.gather(bump(), bump())
    print(counter)

asyncio.run(main())
