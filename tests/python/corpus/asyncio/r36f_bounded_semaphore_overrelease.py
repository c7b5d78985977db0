# A BoundedSemaphore catches the bug of releasing more times than acquiring.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    print("released once, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore value after extra release:", plain._value)
    print(repr(sem).split(" at ")[0].startswith("<asyncio.locks.BoundedSemaphore"))

asyncio.run(main())
