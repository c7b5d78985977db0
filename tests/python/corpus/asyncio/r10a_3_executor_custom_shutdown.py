import asyncio
from concurrent.futures import ThreadPoolExecutor

def work(n):
    return n * n

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix='calc') as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, work, i) for i in range(5)))
    print(results)
    try:
        await loop.run_in_executor(pool, work, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
