import asyncio

sem = None


async def download(i):
    await sem.acquire()
    try:
        print(f"downloading {i}")
        await asyncio.sleep(0.01)
    finally:
        sem.release()
    # bug: released again "to be safe"
    sem.release()


async def main():
    global sem
    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(*(download(i) for i in range(3)))


asyncio.run(main())
