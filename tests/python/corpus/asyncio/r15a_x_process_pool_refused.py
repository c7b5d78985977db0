# run_in_executor with a ProcessPoolExecutor, as the docs show for CPU-bound work
import asyncio
import concurrent.futures

def cpu_bound():
    return sum(i * i for i in range(10 ** 5))

async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, cpu_bound)
        print('custom process pool', result)

if __name__ == '__main__':
    asyncio.run(main())
