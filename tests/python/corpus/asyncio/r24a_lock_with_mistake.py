import asyncio

lock = asyncio.Lock()

async def main():
    with lock:
        print("inside the lock")

asyncio.run(main())
