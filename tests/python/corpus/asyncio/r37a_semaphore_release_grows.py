# A plain Semaphore can be released more than acquired (its value grows); BoundedSemaphore refuses
import asyncio


async def main():
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("value after two extra releases:", s._value)
    got = 0
    for _ in range(3):
        await s.acquire()
        got += 1
    print("acquired", got, "times; locked:", s.locked())
    b = asyncio.BoundedSemaphore(2)
    async with b:
        async with b:
            print("both slots taken, locked:", b.locked())
    print("released cleanly, locked:", b.locked())
    b.release()


asyncio.run(main())
