# set_default_executor() wants a ThreadPoolExecutor; a custom thread pool with a name prefix works
import asyncio
import concurrent.futures
import threading


def whoami(x):
    return threading.current_thread().name.split("_")[0], x * x


async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="crunch")
    loop.set_default_executor(pool)
    print(await loop.run_in_executor(None, whoami, 3))
    print(await asyncio.to_thread(whoami, 4))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, whoami, 5)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
