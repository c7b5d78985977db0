# Semaphore edge cases: a negative start value, release above the start, BoundedSemaphore's check
import asyncio


async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    print("locked at 0:", s.locked())
    s.release()
    s.release()
    print("after two releases locked:", s.locked())
    async with s:
        async with s:
            print("acquired twice; locked:", s.locked())
    b = asyncio.BoundedSemaphore(1)
    async with b:
        pass
    b.release()


asyncio.run(main())
