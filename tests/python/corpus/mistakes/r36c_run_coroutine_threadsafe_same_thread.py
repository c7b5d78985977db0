# submitting a coroutine with run_coroutine_threadsafe from inside the loop, then waiting on it
import asyncio, concurrent.futures

async def compute():
    await asyncio.sleep(0.01)
    return 42

async def main():
    loop = asyncio.get_running_loop()
    fut = asyncio.run_coroutine_threadsafe(compute(), loop)
    print(type(fut).__name__)
    try:
        print(fut.result(timeout=0.05))
    except concurrent.futures.TimeoutError:
        print("blocked the loop: result never came")
    print(await asyncio.wrap_future(fut))

asyncio.run(main())
