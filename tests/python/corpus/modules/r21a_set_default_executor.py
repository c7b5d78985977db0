# loop.set_default_executor changes where run_in_executor and to_thread run
import asyncio, threading
from concurrent.futures import ThreadPoolExecutor
def who(x):
    return x, threading.current_thread().name
async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine"))
    print(await loop.run_in_executor(None, who, 1))
    print(await asyncio.to_thread(who, 2))
asyncio.run(main())
