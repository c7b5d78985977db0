import asyncio
import concurrent.futures

async def coro_fn():
    pass

def plain():
    pass

async def agen():
    yield

async def main():
    c = coro_fn()
    t = asyncio.create_task(coro_fn())
    f = asyncio.get_running_loop().create_future()
    cf = concurrent.futures.Future()
    for name, obj in [('coro', c), ('task', t), ('future', f), ('cf', cf), ('agen', agen()), ('fn', coro_fn)]:
        print(name, asyncio.isfuture(obj), asyncio.iscoroutine(obj), asyncio.iscoroutinefunction(obj))
    print(asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(agen))
    c.close()
    await t

asyncio.run(main())
