# time.perf_count instead of perf_counter.
import asyncio
import time

async def main():
    start = time.perf_count()
    await asyncio.sleep(0.01)
    print(time.perf_counter() - start)

asyncio.run(main())
