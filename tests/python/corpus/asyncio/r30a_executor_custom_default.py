# Setting a default executor with a thread-name prefix and shutting it down
import asyncio
import concurrent.futures
import threading

def who():
    return threading.current_thread().name.rsplit("_", 1)[0]

async def main():
    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="crunch")
    loop.set_default_executor(pool)
    print(await loop.run_in_executor(None, who))
    print(await asyncio.to_thread(who))
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, who)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
