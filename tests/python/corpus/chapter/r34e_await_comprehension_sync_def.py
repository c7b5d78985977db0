# tried an async comprehension inside a normal helper function
import asyncio

async def worker(n):
    await asyncio.sleep(0.01)
    return n

def collect(numbers):
    return [await worker(n) for n in numbers]

async def main():
    print(collect([1, 2, 3]))

asyncio.run(main())
