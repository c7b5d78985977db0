# test_locks: BoundedSemaphore release past its initial value, uncaught
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(repr(sem).split(" [")[1])
    async with sem:
        print(repr(sem).split(" [")[1])
    print("value back to", sem._value)
    sem.release()

asyncio.run(main())
