# A concurrent.futures.Future made by hand: states, callbacks, and asyncio.wrap_future around it
import asyncio
import concurrent.futures as cf

async def main():
    f = cf.Future()
    print(f.done(), f.running(), f.cancelled())
    f.add_done_callback(lambda x: print('callback, result', x.result()))
    wrapped = asyncio.wrap_future(f)
    print(type(wrapped).__module__, type(wrapped).__name__)
    f.set_result(7)
    print(await wrapped, f.done())
    g = cf.Future()
    print(g.cancel(), g.cancelled(), g.done())
    try:
        g.result()
    except cf.CancelledError as e:
        print('CancelledError', type(e).__module__, isinstance(e, asyncio.CancelledError))

asyncio.run(main())
