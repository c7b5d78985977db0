# Releasing an asyncio.Lock that was never acquired.
import asyncio

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    lock.release()

asyncio.run(main())
