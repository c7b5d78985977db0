import asyncio
import concurrent.futures


def cpu_bound(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, cpu_bound, 1000))
    with concurrent.futures.ProcessPoolExecutor() as pool:
        print(await loop.run_in_executor(pool, cpu_bound, 1000))


if __name__ == "__main__":
    asyncio.run(main())
