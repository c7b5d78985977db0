# call_soon / call_later given a coroutine function or a non-callable
import asyncio

async def coro_fn():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    for bad in (coro_fn, coro_fn(), 5):
        try:
            loop.call_soon(bad)
        except TypeError as e:
            print("call_soon:", e)
    try:
        loop.call_later(0.1, "not callable")
    except TypeError as e:
        print("call_later:", e)
    try:
        loop.call_later(None, print)
    except TypeError as e:
        print("call_later None:", e)
    await asyncio.sleep(0)

asyncio.run(main())
