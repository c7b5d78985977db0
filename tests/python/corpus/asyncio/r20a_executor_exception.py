# An exception raised in the executor's thread comes back through the awaited future.
import asyncio
import concurrent.futures


def fails(n):
    return 10 / n


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print(await loop.run_in_executor(pool, fails, 5))
        try:
            await loop.run_in_executor(pool, fails, 0)
        except ZeroDivisionError as e:
            print('ZeroDivisionError:', e)


asyncio.run(main())
