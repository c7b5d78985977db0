# An async context manager class: __aexit__ sees the exception, suppresses a KeyError, lets a ValueError out of two managers in one statement.
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        print('open', self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print('close', self.name, et.__name__ if et else None, ev)
        return et is KeyError

async def main():
    async with Resource('a') as r:
        print('using', r.name)
    async with Resource('b'):
        raise KeyError('swallowed')
    print('after b')
    async with Resource('c'), Resource('d'):
        raise ValueError('escapes')

asyncio.run(main())
