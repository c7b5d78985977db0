# test_pep492: async with calls __aenter__/__aexit__; a true __aexit__ swallows the exception
import asyncio

class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    async def __aenter__(self):
        print('enter')
        return self
    async def __aexit__(self, typ, val, tb):
        print('exit', typ.__name__ if typ else None, val)
        return self.swallow

class NoAexit:
    async def __aenter__(self):
        return self

async def main():
    async with CM(True) as cm:
        raise ValueError('swallowed')
    print('continued', type(cm).__name__)
    try:
        async with CM(False):
            raise ValueError('kept')
    except ValueError as e:
        print('propagated', e)
    try:
        async with NoAexit():
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
