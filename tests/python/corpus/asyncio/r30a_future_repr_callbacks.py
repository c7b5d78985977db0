# A Future's repr lists its callbacks, abbreviating when there are many
import asyncio
import functools

def on_done(fut):
    pass

def other(tag, fut):
    pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(on_done)
    print(repr(f).replace(__file__, "FILE"))
    f.add_done_callback(functools.partial(other, "x"))
    print(repr(f).replace(__file__, "FILE"))
    for i in range(3):
        f.add_done_callback(print)
    print(repr(f).replace(__file__, "FILE"))
    f.set_result(list(range(20)))
    print(repr(f))
    g = loop.create_future()
    g.set_result("a long string " * 10)
    print(repr(g))

asyncio.run(main())
