# contextlib.asynccontextmanager: the exception reaches the generator; not yielding is an error
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def managed(name):
    print('setup', name)
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        print('handled inside:', e)
    finally:
        print('teardown', name)

@contextlib.asynccontextmanager
async def no_yield():
    if False:
        yield

async def main():
    async with managed('db') as v:
        print('using', v)
        1 / 0
    print('after first')
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
