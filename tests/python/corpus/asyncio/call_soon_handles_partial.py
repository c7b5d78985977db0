# call_soon with positional arguments, a cancelled Handle, a functools.partial for keywords, call_soon refusing keyword arguments.
import asyncio

def cb(*args, sep='-'):
    print(sep.join(map(str, args)))

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(cb, 1, 2, 3)
    h2 = loop.call_soon(cb, 'x')
    h2.cancel()
    print(h1.cancelled(), h2.cancelled())
    import functools
    loop.call_soon(functools.partial(cb, 'a', 'b', sep='+'))
    th = loop.call_later(0.01, cb, 'later')
    print(type(th).__name__, type(h1).__name__)
    await asyncio.sleep(0.05)
    try:
        loop.call_soon(cb, sep='!')
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
