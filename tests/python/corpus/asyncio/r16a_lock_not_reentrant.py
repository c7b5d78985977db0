# asyncio.Lock is not re-entrant: acquiring it twice in one task waits forever (cut by a timeout)
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        try:
            async with asyncio.timeout(0.1):
                await lock.acquire()
        except TimeoutError:
            print('second acquire timed out; locked =', lock.locked())
    print('after the block, locked =', lock.locked())
    print(await lock.acquire(), lock.locked())
    lock.release()

asyncio.run(main())
