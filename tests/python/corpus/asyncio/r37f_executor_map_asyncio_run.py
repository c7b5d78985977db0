# A ThreadPoolExecutor's map where each call runs its own small asyncio.run, results in input order
import asyncio
from concurrent.futures import ThreadPoolExecutor

async def fetch_all(prefix, n):
    async def one(i):
        await asyncio.sleep(0.01 * (n - i))
        return f"{prefix}{i}"
    return await asyncio.gather(*(one(i) for i in range(n)))

def job(args):
    prefix, n = args
    return asyncio.run(fetch_all(prefix, n))

with ThreadPoolExecutor(max_workers=3) as pool:
    for res in pool.map(job, [("a", 2), ("b", 3), ("c", 1), ("d", 0)]):
        print(res)
    fut = pool.submit(job, ("e", -1))
    print("submitted result:", fut.result())
print("pool shut down")
