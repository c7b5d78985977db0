# A Future's __await__ yields the future itself; driven by hand it says "await wasn't used with future"
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    print(next(it) is f, f._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError:', e)
    g = loop.create_future()
    g.set_result('ready')
    it2 = g.__await__()
    try:
        next(it2)
    except StopIteration as e:
        print('StopIteration value', e.value)
    print(iter(f.__await__()) is not None, f.__iter__ is not None)

asyncio.run(main())
