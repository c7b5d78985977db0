# Releasing an asyncio.Lock that is not held: RuntimeError uncaught, traceback through asyncio.run.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print('held:', lock.locked())
    print('held:', lock.locked())
    lock.release()


asyncio.run(main())
