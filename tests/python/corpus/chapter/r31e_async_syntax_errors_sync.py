# put an async comprehension inside a normal helper function
import asyncio

async def worker(i):
    await asyncio.sleep(0.01)
    return i

def collect(n):
    return [await worker(i) for i in range(n)]

async def main():
    print(collect(3))

asyncio.run(main())
