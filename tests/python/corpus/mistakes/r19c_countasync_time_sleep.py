# countasync.py with time.sleep instead of asyncio.sleep (blocks the loop)
import asyncio
import time

async def count(n):
    print("One", n)
    time.sleep(0.29)
    print("Two", n)

async def main():
    await asyncio.gather(count(1), count(2), count(3))

if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"executed in {elapsed:0.0f} seconds (blocked: {elapsed > 0.8}).")
