import asyncio

async def work():
    return 'worked'

class Awaitable:
    def __repr__(self):
        return "<Awaitable>"
    def __await__(self):
        return work().__await__()

async def main():
    t = asyncio.ensure_future(work())
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    t2 = asyncio.ensure_future(Awaitable())
    print(type(t2).__name__, await t2)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.create_task(Awaitable())
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
