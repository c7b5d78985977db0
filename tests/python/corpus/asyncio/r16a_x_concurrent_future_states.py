# concurrent.futures.Future from run_coroutine_threadsafe: done(), result(), exception() and its type
import asyncio
import concurrent.futures

async def fails():
    await asyncio.sleep(0.05)
    raise ValueError('from coroutine')

def in_thread(loop):
    ok = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.05, 'fine'), loop)
    bad = asyncio.run_coroutine_threadsafe(fails(), loop)
    print(isinstance(ok, concurrent.futures.Future), ok.result(1))
    print(repr(bad.exception(1)), bad.done(), bad.cancelled())
    try:
        bad.result()
    except ValueError as e:
        print('result raised', e)
    return type(ok).__qualname__

async def main():
    print(await asyncio.to_thread(in_thread, asyncio.get_running_loop()))
    print(concurrent.futures.Future.__module__, concurrent.futures.ThreadPoolExecutor.__module__)

asyncio.run(main())
