# the loop's default executor: used by to_thread, shut down by asyncio.run
import asyncio
import time

def blocking(x):
    time.sleep(0.01)
    return x + 1

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1))
    print(await asyncio.to_thread(blocking, 2))
    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, blocking, 3)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
print('closed cleanly')
