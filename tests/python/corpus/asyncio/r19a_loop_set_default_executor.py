# set_default_executor, run_in_executor(None), shutdown_default_executor
import asyncio
import concurrent.futures
import threading

def which_thread(x):
    return (x, threading.current_thread().name.split('_')[0])

async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix='mypool')
    loop.set_default_executor(pool)
    print(await loop.run_in_executor(None, which_thread, 1))
    print(await asyncio.to_thread(which_thread, 2))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, which_thread, 3)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
