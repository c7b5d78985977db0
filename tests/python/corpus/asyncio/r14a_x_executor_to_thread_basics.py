# test_events: run_in_executor(None), to_thread's result and exception, shutdown_default_executor
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), loop.get_debug())
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print(r)
    print(await asyncio.to_thread(max, 4, 9))
    def boom(): raise ValueError('in thread')
    try:
        await asyncio.to_thread(boom)
    except ValueError as e:
        print('ValueError', e)
    await loop.shutdown_default_executor()
    print('shut down')
asyncio.run(main())
