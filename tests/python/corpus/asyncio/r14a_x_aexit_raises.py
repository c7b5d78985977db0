# test_pep492: an exception in __aexit__ replaces the body's, with the body's as its context
import asyncio

class Flaky:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        await asyncio.sleep(0)
        raise RuntimeError(f'exit saw {typ.__name__ if typ else None}')

async def main():
    try:
        async with Flaky():
            raise KeyError('body')
    except RuntimeError as e:
        print(e, '| context:', repr(e.__context__))
    try:
        async with Flaky():
            pass
    except RuntimeError as e:
        print(e, '| context:', repr(e.__context__))

asyncio.run(main())
