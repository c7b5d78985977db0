# Nested async context managers exit in reverse order; a true __aexit__ suppresses the error
import asyncio

class Res:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        print('enter', self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        print('exit', self.name, et.__name__ if et else None)
        return self.suppress

async def main():
    async with Res('outer', suppress=True) as a, Res('inner') as b:
        print('body', a, b)
        raise KeyError('k')
    print('continued after suppression')

asyncio.run(main())
