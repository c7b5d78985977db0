# test_contextlib_async: asynccontextmanager sees the body's exception at its yield and may suppress it
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name, suppress):
    print('open', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('resource saw', repr(e))
        if not suppress:
            raise
    finally:
        await asyncio.sleep(0)
        print('close', name)

async def main():
    async with resource('a', True) as r:
        print('using', r)
        raise ValueError('handled inside')
    print('continued')
    try:
        async with resource('b', False):
            raise ValueError('passed on')
    except ValueError as e:
        print('outside got', e)

asyncio.run(main())
