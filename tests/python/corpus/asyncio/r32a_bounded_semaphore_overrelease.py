# BoundedSemaphore refuses a release beyond its initial value
import asyncio

async def main():
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("plain semaphore value now", s._value)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    print("balanced ok")
    b.release()
    print("unreachable")

asyncio.run(main())
