import asyncio

class Pages:
    def __init__(self, pages):
        self.pages = list(pages)
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if not self.pages:
            raise StopAsyncIteration('no more pages')
        return self.pages.pop(0)

async def main():
    p = Pages(['p1', 'p2'])
    async for page in p:
        print(page)
    try:
        await p.__anext__()
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e.args)
    print(await anext(p, 'default'))
    it = aiter(Pages('ab'))
    print(await anext(it), await anext(it))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print('done', repr(e))

asyncio.run(main())
