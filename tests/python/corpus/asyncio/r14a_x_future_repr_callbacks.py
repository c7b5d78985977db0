# test_futures: a pending Future's repr lists its callbacks (cb=[...]), shortened past two
import asyncio, functools, re

def show(f):
    print(re.sub(r' at \S+?(:\d+)', r' at FILE\1', repr(f)))

def first(f): pass
def second(f): pass
def third(f): pass

async def main():
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(first)
    show(f)
    f.add_done_callback(second)
    show(f)
    f.add_done_callback(third)
    show(f)
    f.add_done_callback(functools.partial(print, 'x'))
    show(f)
    f.remove_done_callback(first)
    f.remove_done_callback(second)
    f.remove_done_callback(third)
    f.cancel()

asyncio.run(main())
