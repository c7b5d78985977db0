# Names of the threads used by to_thread and run_in_executor
import asyncio, threading
def who():
    return threading.current_thread().name
async def main():
    print(await asyncio.to_thread(who))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, who))
    print(who())
asyncio.run(main())
