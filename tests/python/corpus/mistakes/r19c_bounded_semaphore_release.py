# Releasing a semaphore more often than it was acquired
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    sem.release()
    print("Semaphore value after extra release:", sem._value)
    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print("inside, locked:", bsem.locked())
    bsem.release()
    print("unreachable")

asyncio.run(main())
