# asyncio.Lock is not reentrant: a second acquire by the same task waits.
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        try:
            async with asyncio.timeout(0.02):
                await lock.acquire()
        except TimeoutError:
            print('second acquire would deadlock')
    print('locked now:', lock.locked())
    async with lock:
        print('usable again:', lock.locked())

asyncio.run(main())
# (end of the program)
