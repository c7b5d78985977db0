# releasing the semaphore in finally and also after the work, just to be sure
import asyncio

sem = asyncio.BoundedSemaphore(2)

async def job(i):
    await sem.acquire()
    try:
        await asyncio.sleep(0.01)
        print("job", i)
    finally:
        sem.release()
    sem.release()

async def main():
    await asyncio.gather(job(1), job(2))

asyncio.run(main())
