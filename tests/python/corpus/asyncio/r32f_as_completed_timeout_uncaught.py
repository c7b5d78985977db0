# as_completed with a timeout that is too short and no try/except around it
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    for coro in asyncio.as_completed([job(3), job(1), job(5)], timeout=0.2):
        n = await coro
        print("finished job", n)

asyncio.run(main())
