# asynccontextmanager and a class with __aenter__/__aexit__: suppression and errors
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name):
    print('open', name)
    try:
        yield name.upper()
    except KeyError as e:
        print('resource handled', repr(e))
    finally:
        await asyncio.sleep(0)
        print('close', name)

class Swallow:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print('aexit got', et.__name__ if et else None)
        return et is ValueError

async def main():
    async with resource('a') as r:
        print('using', r)
    async with resource('b'):
        raise KeyError('k')
    print('after b')
    async with Swallow():
        raise ValueError('swallowed')
    async with Swallow() as s:
        print('type', type(s).__name__)
    try:
        async with resource('c'):
            raise IndexError('escapes')
    except IndexError as e:
        print('caught', e)
    async with Swallow():
        raise TypeError('not swallowed')

asyncio.run(main())
