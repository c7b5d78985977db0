# to_thread runs blocking functions in threads so they overlap
import asyncio
import time

def blocking(n):
    time.sleep(0.2)
    return n * 10

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(asyncio.to_thread(blocking, n) for n in range(3)))
    elapsed = loop.time() - start
    print(results, 'overlapped:', elapsed < 0.5)

asyncio.run(main())
