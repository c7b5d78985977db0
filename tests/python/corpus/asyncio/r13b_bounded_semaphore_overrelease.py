import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    await sem.acquire()
    await sem.acquire()
    print("locked:", sem.locked())
    sem.release()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    plain.release()
    print("plain semaphore value grew:", plain._value)

asyncio.run(main())
