# Breaking out of an async with block that is not inside a loop
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("got the lock")
        break
    print("after")

asyncio.run(main())
