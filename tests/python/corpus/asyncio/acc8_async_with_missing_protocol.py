# async with on a plain context manager and on an object with only __aenter__: TypeErrors; a full class works.
import asyncio

class SyncCM:
    def __enter__(self): return self
    def __exit__(self, *a): return False

class OnlyEnter:
    async def __aenter__(self): return self

class Full:
    async def __aenter__(self):
        print('enter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('exit', et.__name__ if et else None)
        return False

async def main():
    for obj in (SyncCM(), OnlyEnter()):
        try:
            async with obj:
                pass
        except TypeError as e:
            print('TypeError:', e)
    async with Full() as r:
        print('body', r)
    try:
        async with Full():
            raise IndexError('inside')
    except IndexError as e:
        print('propagated', e)

asyncio.run(main())
