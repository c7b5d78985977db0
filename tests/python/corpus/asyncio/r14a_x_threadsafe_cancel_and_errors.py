# test_tasks: run_coroutine_threadsafe's future cancelled or failing, read from a thread; a non-coroutine refused
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    # cancel a run_coroutine_threadsafe future from the thread
    def thread_body():
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(5), loop)
        fut.cancel()
        try:
            fut.result(timeout=2)
        except Exception as e:
            return type(e).__name__
    print(await asyncio.to_thread(thread_body))
    def raises():
        fut = asyncio.run_coroutine_threadsafe(fails(), loop)
        try:
            return fut.result(timeout=2)
        except ZeroDivisionError as e:
            return f'ZeroDivisionError: {e}'
    print(await asyncio.to_thread(raises))
    try:
        asyncio.run_coroutine_threadsafe(42, loop)
    except TypeError as e:
        print('TypeError:', e)
async def fails():
    return 1 / 0
asyncio.run(main())
