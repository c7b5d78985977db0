# run_in_executor with the default executor, and to_thread, for a blocking function
import asyncio
import time

def blocking(n):
    time.sleep(0.05)
    return sum(range(n))

async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 100)
    print('executor:', r)
    r2 = await asyncio.to_thread(blocking, 10)
    print('to_thread:', r2)
    rs = await asyncio.gather(*(loop.run_in_executor(None, blocking, n) for n in (3, 4, 5)))
    print('gathered:', rs)

asyncio.run(main())
