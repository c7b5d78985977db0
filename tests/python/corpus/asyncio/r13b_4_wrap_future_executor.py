import asyncio
import concurrent.futures

def cpu_work(n):
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futs = [loop.run_in_executor(pool, cpu_work, n) for n in (10, 100, 1000)]
        print(await asyncio.gather(*futs))
        cf = pool.submit(cpu_work, 5)
        print(await asyncio.wrap_future(cf))

asyncio.run(main())
