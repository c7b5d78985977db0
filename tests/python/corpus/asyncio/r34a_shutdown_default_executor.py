# Using a custom ThreadPoolExecutor as the loop default and shutting executors down explicitly
import asyncio
import concurrent.futures


def square(x):
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="sq")
    loop.set_default_executor(pool)
    print(await asyncio.gather(*(loop.run_in_executor(None, square, i) for i in range(5))))
    await loop.shutdown_default_executor()
    print("default executor shut down")
    try:
        await loop.run_in_executor(None, square, 9)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with concurrent.futures.ThreadPoolExecutor() as own:
        print(await loop.run_in_executor(own, square, 12))
    try:
        await loop.run_in_executor(own, square, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
