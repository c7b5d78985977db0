# A cancelled plain future's exception() and result() raise CancelledError (with cancel()'s message), also Future() made directly; a callback added after set_result runs at the next turn
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    g = loop.create_future()
    print(g.cancel(), g.cancelled(), g.done())
    for meth in (g.exception, g.result):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, 'raises CancelledError', e.args)
    h = loop.create_future()
    h.cancel('with a message')
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print('exception() raises CancelledError', e.args)
    try:
        await h
    except asyncio.CancelledError as e:
        print('await raises CancelledError', e.args)
    f = asyncio.Future()
    f.cancel()
    try:
        f.exception()
    except asyncio.CancelledError:
        print('Future() cancelled: CancelledError')
    print(repr(g), repr(f))

    f2 = loop.create_future()
    f2.set_result(3)
    f2.add_done_callback(lambda fut: print('late callback', fut.result()))
    print('added')
    await asyncio.sleep(0)
    print('after sleep')

asyncio.run(main())
