# test_futures: iterating a pending Future yields itself; a done one returns its result
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    x = next(it)
    print(x is f, f._asyncio_future_blocking)
    f.set_result('done')
    try:
        it.send(None)
    except StopIteration as e:
        print('StopIteration value:', e.value)
    g = loop.create_future()
    g.set_result(3)
    it2 = iter(g.__await__())
    try:
        next(it2)
    except StopIteration as e:
        print('immediately:', e.value)
    print(asyncio.isfuture(f), asyncio.isfuture(it))

asyncio.run(main())
