# async with: __aenter__'s value is bound by as, __aexit__ sees the exception and may suppress it by returning True.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        print('enter', self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress

async def main():
    async with Resource('a') as a, Resource('b') as b:
        print('body with', a, b)
    async with Resource('quiet', suppress=True):
        raise ValueError('suppressed')
    print('after the suppressed error')
    try:
        async with Resource('loud'):
            raise ValueError('propagates')
    except ValueError as e:
        print('caught', e)

asyncio.run(main())
