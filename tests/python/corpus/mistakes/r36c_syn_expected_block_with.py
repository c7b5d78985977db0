# an async with block whose body I forgot to indent
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
    print("inside")

asyncio.run(main())
