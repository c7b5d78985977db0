import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        pass
    sem.release()

asyncio.run(main())
