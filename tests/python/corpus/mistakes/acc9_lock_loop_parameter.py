# An old tutorial's loop= argument to Lock.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock(loop=loop)
    print(lock)

asyncio.run(main())
