# concurrent.futures ThreadPoolExecutor with run_in_executor and wrap_future
import asyncio
import concurrent.futures
import time

def cpu(n):
    time.sleep(0.02)
    return sum(i * i for i in range(n))

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, cpu, n) for n in (10, 100, 1000)))
        print(results)
        cf = pool.submit(cpu, 5)
        af = asyncio.wrap_future(cf)
        print(type(af).__name__, await af)
    print("pool shut down")

asyncio.run(main())
