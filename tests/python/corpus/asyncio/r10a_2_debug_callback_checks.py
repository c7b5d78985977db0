# debug mode: call_soon/call_at given a coroutine function or a non-callable; set_event_loop of a non-loop.
import asyncio
async def c(): pass
async def main():
    loop = asyncio.get_running_loop()
    for cb in (c, None):
        try:
            loop.call_soon(cb)
        except TypeError as e:
            print('TypeError:', e)
    try:
        loop.call_later(1, 5)
    except TypeError as e:
        print('TypeError:', e)
asyncio.run(main(), debug=True)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError:', e)
