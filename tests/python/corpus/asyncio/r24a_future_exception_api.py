import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError("bad"))
    print(repr(f))
    print(f.done(), f.cancelled(), repr(f.exception()))
    try:
        f.set_exception(StopIteration())
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("x"))
    except TypeError as e:
        print("TypeError:", e)
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    c = loop.create_future()
    print(c.cancel("why"), repr(c))
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await f

asyncio.run(main())
