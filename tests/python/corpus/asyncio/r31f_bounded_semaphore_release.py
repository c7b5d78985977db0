# BoundedSemaphore raises if released too many times; plain Semaphore does not
import asyncio

async def main():
    s = asyncio.Semaphore(1)
    s.release()
    print("semaphore value now allows:", s._value)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    print(b.locked())
    b.release()

asyncio.run(main())
