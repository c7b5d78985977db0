# An async context manager whose __aexit__ raises, inside a TaskGroup child and in the body.
import asyncio

class Res:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        raise RuntimeError(f'{self.name} close failed')

async def child():
    async with Res('child'):
        await asyncio.sleep(0)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            async with Res('body'):
                raise KeyError('inside body')
    except* RuntimeError as eg:
        for e in eg.exceptions:
            print('RuntimeError:', e, '| context:', repr(e.__context__))
    except* KeyError as eg:
        print('KeyError part', eg.exceptions)

asyncio.run(main())
