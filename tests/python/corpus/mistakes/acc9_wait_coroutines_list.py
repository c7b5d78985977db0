# asyncio.wait given coroutines, not tasks (refused in 3.11).
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    done, pending = await asyncio.wait([job(1), job(2)])
    print(len(done))

asyncio.run(main())
