import asyncio

async def main():
    lock = asyncio.Lock()
    with lock:
        print("inside")

asyncio.run(main())
