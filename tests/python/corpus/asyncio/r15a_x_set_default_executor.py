# set_default_executor: run_in_executor(None) and to_thread then use the given pool
import asyncio
import concurrent.futures
import threading

def who():
    return threading.current_thread().name.split("_")[0]

async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mypool"))
    print(await loop.run_in_executor(None, who))
    print(await asyncio.to_thread(who))

asyncio.run(main())
