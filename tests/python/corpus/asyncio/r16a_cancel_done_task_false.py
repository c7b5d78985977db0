# cancel() on a finished, failed or already-cancelled task returns False and changes nothing
import asyncio

async def ok():
    return 1

async def bad():
    raise ValueError('x')

async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(bad())
    c = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    for name, t in [('ok', a), ('bad', b), ('cancelled', c)]:
        print(name, t.done(), t.cancel(), t.cancelled(), t.cancelling())
    print(a.result(), repr(b.exception()))

asyncio.run(main())
