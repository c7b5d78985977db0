# Run blocking time.sleep calls in threads with asyncio.to_thread so they overlap
import asyncio
import time

def blocking_io(n):
    time.sleep(0.1)
    return n * 10

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(asyncio.to_thread(blocking_io, i) for i in range(4)))
    elapsed = time.perf_counter() - start
    print(results)
    print("overlapped:", elapsed < 0.35)

asyncio.run(main())
