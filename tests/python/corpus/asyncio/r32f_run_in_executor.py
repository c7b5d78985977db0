# loop.run_in_executor with the default executor and a ThreadPoolExecutor for a CPU-ish function
import asyncio
import concurrent.futures
import time

def compute(x):
    time.sleep(0.05)
    return sum(i * i for i in range(x))

async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, compute, 100)
    print("default executor:", r1)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, compute, n) for n in (10, 20, 30)]
        print("pool:", await asyncio.gather(*futs))
    fut = loop.run_in_executor(None, compute, 5)
    print(type(fut).__name__)
    print(await fut)

asyncio.run(main())
