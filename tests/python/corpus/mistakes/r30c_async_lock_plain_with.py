# Using an asyncio.Lock with plain with.
import asyncio

async def main():
    lock = asyncio.Lock()
    with lock:
        print("locked")

asyncio.run(main())
