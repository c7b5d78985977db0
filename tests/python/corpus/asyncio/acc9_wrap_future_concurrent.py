# asyncio.wrap_future of a concurrent.futures.Future set from a callback, and asyncio.isfuture on many things.
import asyncio, concurrent.futures

async def coro():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    print(type(af).__name__, asyncio.isfuture(af), asyncio.isfuture(cf))
    loop.call_soon(cf.set_result, 'from concurrent')
    print(await af)
    cf2 = concurrent.futures.Future()
    af2 = asyncio.wrap_future(cf2)
    af2.cancel()
    await asyncio.sleep(0)
    print('concurrent cancelled too:', cf2.cancelled())
    print('wrap of asyncio future is itself:', asyncio.wrap_future(af) is af)
    c = coro()
    t = asyncio.ensure_future(c)
    print([asyncio.isfuture(x) for x in (t, c, loop.create_future(), None, 1)])
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(main))
    await t

asyncio.run(main())
