# Mistake: blocking on run_coroutine_threadsafe(...).result() inside the loop thread
import asyncio, concurrent.futures
async def helper():
    return 99
async def main():
    loop = asyncio.get_running_loop()
    fut = asyncio.run_coroutine_threadsafe(helper(), loop)
    try:
        fut.result(timeout=0.2)
    except concurrent.futures.TimeoutError:
        print("deadlock avoided by the timeout")
    print("await wrapped:", await asyncio.wrap_future(fut))
asyncio.run(main())
