# async with: __aenter__'s result, __aexit__ sees the exception and may suppress it by returning True.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print('open', self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print('close', self.name, 'with', exc_type.__name__ if exc_type else None)
        return self.suppress

async def main():
    async with Resource('quiet', suppress=True) as r:
        print('inside', r)
        raise KeyError('swallowed')
    print('after the suppressed block')
    try:
        async with Resource('loud') as r, Resource('inner') as r2:
            print('inside', r, r2)
            raise ValueError('propagates')
    except ValueError as e:
        print('caught', repr(e))

asyncio.run(main())
