# Plain with on an asyncio.Lock.
import asyncio

async def main():
    lock = asyncio.Lock()
    with lock:
        print("locked")

asyncio.run(main())
