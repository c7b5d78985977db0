# Run blocking time.sleep calls in threads with asyncio.to_thread and show they overlap.
import asyncio
import time

def blocking_io(n):
    time.sleep(0.1)
    return n * n

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(asyncio.to_thread(blocking_io, i) for i in range(4)))
    elapsed = time.perf_counter() - start
    print(results)
    print("overlapped:", elapsed < 0.3)
    start = time.perf_counter()
    seq = [blocking_io(i) for i in range(3)]
    elapsed = time.perf_counter() - start
    print(seq, "sequential took at least 0.3s:", elapsed >= 0.3)

asyncio.run(main())
