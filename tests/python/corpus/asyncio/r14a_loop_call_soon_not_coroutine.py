# test_events: in debug mode call_soon refuses coroutines, coroutine functions and non-callables
import asyncio

async def coro():
    pass

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_soon(coro)
    except TypeError as e:
        print('TypeError:', e)
    c = coro()
    try:
        loop.call_later(0.1, c)
    except TypeError as e:
        print('TypeError:', e)
    c.close()
    try:
        loop.call_soon(42)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main(), debug=True)
