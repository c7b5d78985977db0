# test_pep492: a class with __await__ returning an iterator is awaitable; bad __await__ results are refused
import asyncio

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.v

class Bad:
    def __await__(self):
        return 42

class Coro:
    def __await__(self):
        return (yield from [])

async def main():
    print(await Ready('value'))
    try:
        await Bad()
    except TypeError as e:
        print('TypeError:', e)
    try:
        await 5
    except TypeError as e:
        print('TypeError:', e)
    print(await Coro())

asyncio.run(main())
