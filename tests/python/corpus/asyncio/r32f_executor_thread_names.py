# Which threads run to_thread and run_in_executor work? Their names, with a custom prefix too
import asyncio
import concurrent.futures
import threading

def whoami():
    return threading.current_thread().name

async def main():
    print("loop thread:", whoami())
    print("to_thread:", await asyncio.to_thread(whoami))
    loop = asyncio.get_running_loop()
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="io"))
    print("custom default:", await loop.run_in_executor(None, whoami))
    print("to_thread now:", await asyncio.to_thread(whoami))

asyncio.run(main())
