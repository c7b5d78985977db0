# a helper that releases the lock at the end "in case" it was held
import asyncio

lock = asyncio.Lock()

async def save(data):
    if data:
        await lock.acquire()
        print("saving", data)
    lock.release()

async def main():
    await save("x")
    await save("")

asyncio.run(main())
