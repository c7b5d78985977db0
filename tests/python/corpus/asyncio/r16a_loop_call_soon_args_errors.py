# Without debug mode call_soon takes non-callables and fails when they run; keyword args need partial
import asyncio
import functools

async def coro_fn():
    pass

async def main():
    loop = asyncio.get_running_loop()
    for bad in (42, 'text'):
        try:
            loop.call_soon(bad)
        except TypeError as e:
            print('TypeError:', e)
    try:
        loop.call_soon(print, 'x', sep='-')
    except TypeError as e:
        print('TypeError:', e)
    loop.call_soon(functools.partial(print, 'a', 'b', sep='-'))
    try:
        loop.call_later(0.1, coro_fn)
    except TypeError as e:
        print('TypeError:', e)
    await asyncio.sleep(0)

asyncio.run(main())
