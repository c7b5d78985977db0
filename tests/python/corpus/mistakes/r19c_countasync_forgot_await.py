# countasync.py with the await in front of asyncio.sleep forgotten
import asyncio
import time

async def count():
    print("One")
    asyncio.sleep(0.5)
    print("Two")

async def main():
    await asyncio.gather(count(), count(), count())

if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"executed in {elapsed:0.1f} seconds.")
