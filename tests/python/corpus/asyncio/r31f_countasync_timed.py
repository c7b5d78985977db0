# Real Python's countasync.py, timed with perf_counter (rounded to tenths)
import asyncio
import os
import time

async def count():
    print("One")
    await asyncio.sleep(0.3)
    print("Two")

async def main():
    await asyncio.gather(count(), count(), count())

if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"{os.path.basename(__file__)} executed in {elapsed:0.1f} seconds.")
