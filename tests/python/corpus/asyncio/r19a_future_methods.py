# Future object: result/exception/set_*/cancel(msg)/callbacks and InvalidStateError
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for call in (f.result, f.exception):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(call.__name__, "InvalidStateError:", e)
    f.add_done_callback(lambda fut: print("callback; result =", fut.result()))
    f.set_result(5)
    print("done right away:", f.done())
    await asyncio.sleep(0)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f.cancel(), f.result())
    g = loop.create_future()
    g.set_exception(KeyError('missing'))
    print(repr(g.exception()))
    try:
        g.result()
    except KeyError as e:
        print("result raised KeyError", e)
    h = loop.create_future()
    try:
        h.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    h.set_exception(ValueError)
    print("class instantiated:", repr(h.exception()))
    c = loop.create_future()
    print(c.cancel(msg="stop it"), c.cancelled(), c.done())
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    try:
        await c
    except asyncio.CancelledError as e:
        print("await CancelledError args:", e.args)

asyncio.run(main())
