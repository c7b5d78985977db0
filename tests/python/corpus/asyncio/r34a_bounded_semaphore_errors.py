# BoundedSemaphore over-release raises, a plain Semaphore silently grows; Semaphore(-1) is refused
import asyncio


async def main():
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("plain semaphore value:", s._value)
    b = asyncio.BoundedSemaphore(2)
    async with b:
        print("inside, locked:", b.locked())
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    await b.acquire()
    await b.acquire()
    print("both acquired, locked:", b.locked())
    try:
        await asyncio.wait_for(b.acquire(), 0.02)
    except TimeoutError:
        print("third acquire timed out")


asyncio.run(main())
