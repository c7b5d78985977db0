# a Future's repr lists its callbacks, and shortens long lists
import asyncio
import functools

def first(f):
    pass

def second(f, extra=None):
    pass

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(first)
    print(repr(f).replace(__file__, 'HERE'))
    f.add_done_callback(functools.partial(second, extra=1))
    print(repr(f).replace(__file__, 'HERE'))
    for _ in range(3):
        f.add_done_callback(first)
    print(repr(f).replace(__file__, 'HERE'))
    f.set_exception(KeyError('gone'))
    print(repr(f).replace(__file__, 'HERE'))
    f.exception()

asyncio.run(main())
