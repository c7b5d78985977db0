# asyncio.run(debug=True): the loop's debug flag, slow_callback_duration, and a coroutine's origin
import asyncio
import sys

async def child():
    return sys.get_coroutine_origin_tracking_depth()

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), "| slow callback threshold:", loop.slow_callback_duration)
    print("origin tracking depth in debug:", await child())
    c = child()
    print("origin recorded:", c.cr_origin is not None, [name for _, _, name in c.cr_origin][:1])
    await c

asyncio.run(main(), debug=True)

async def plain():
    loop = asyncio.get_running_loop()
    return loop.get_debug(), await child()

print("without debug:", asyncio.run(plain()))
