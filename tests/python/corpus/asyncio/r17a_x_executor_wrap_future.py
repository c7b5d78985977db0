# a ThreadPoolExecutor's concurrent future wrapped for asyncio with wrap_future
import asyncio
import concurrent.futures

def compute(n):
    return sum(range(n))

async def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        cf = pool.submit(compute, 1000)
        af = asyncio.wrap_future(cf)
        print(type(cf).__name__, type(af).__name__)
        print(await af)
        loop = asyncio.get_running_loop()
        print(await loop.run_in_executor(pool, compute, 10))
    print(cf.done(), cf.result())

asyncio.run(main())
