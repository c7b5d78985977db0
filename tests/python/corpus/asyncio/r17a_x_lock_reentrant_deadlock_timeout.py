# asyncio.Lock is not reentrant: acquiring it twice in one task waits forever (timed out here)
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        try:
            await asyncio.wait_for(lock.acquire(), 0.1)
        except TimeoutError:
            print('second acquire timed out: not reentrant')
        print('still locked:', lock.locked())
    print('after block:', lock.locked())

asyncio.run(main())
