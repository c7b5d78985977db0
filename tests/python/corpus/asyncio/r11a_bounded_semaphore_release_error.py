import asyncio


async def main():
    pool = asyncio.BoundedSemaphore(2)
    async with pool:
        print("inside, locked?", pool.locked())
    await pool.acquire()
    pool.release()
    print("released once fine")
    pool.release()
    print("not reached")


asyncio.run(main())
