# async with a lock whose body is not indented.
import asyncio

counter = 0

async def bump(lock):
    global counter
    async with lock:
    counter += 1

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(bump(lock), bump(lock))
    print(counter)

asyncio.run(main())
