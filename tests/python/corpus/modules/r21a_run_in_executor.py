# loop.run_in_executor with the default executor and an explicit pool
import asyncio, time
from concurrent.futures import ThreadPoolExecutor
def blocking(n):
    time.sleep(0.1 * n)
    return n * 10
async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 1)
    print("default executor:", r)
    with ThreadPoolExecutor(2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in (3, 1, 2)))
    print("pool:", rs)
asyncio.run(main())
