# After shutdown_default_executor, the loop refuses new run_in_executor(None, ...) work.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    await asyncio.to_thread(time.sleep, 0.01)
    await loop.shutdown_default_executor()
    print("default executor shut down")
    try:
        await loop.run_in_executor(None, sum, [4, 5])
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
