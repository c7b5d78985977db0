# BoundedSemaphore catches a release() too many; a plain Semaphore silently grows
import asyncio

async def main():
    s = asyncio.Semaphore(2)
    s.release()
    print("Semaphore value after extra release:", s._value)
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

asyncio.run(main())
