# contextlib.asynccontextmanager: setup, teardown, and an error passed into the generator
import asyncio
import contextlib

@contextlib.asynccontextmanager
async def connection(name):
    print('open', name)
    await asyncio.sleep(0.01)
    try:
        yield name.upper()
    except KeyError as e:
        print('connection saw', repr(e))
        raise
    finally:
        await asyncio.sleep(0.01)
        print('close', name)

async def main():
    async with connection('db') as c:
        print('using', c)
    try:
        async with connection('cache'):
            raise KeyError('missing')
    except KeyError:
        print('error left the block')

asyncio.run(main())
