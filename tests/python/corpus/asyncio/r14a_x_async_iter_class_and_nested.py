# test_asyncgen: nested async generators, a class with __aiter__/__anext__, async for with else and break
import asyncio
async def inner():
    yield 'a'
    await asyncio.sleep(0)
    yield 'b'
async def outer():
    async for x in inner():
        yield x.upper()
    yield 'end'
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
async def main():
    print([x async for x in outer()])
    print([x async for x in Counter(3)])
    async for x in Counter(2):
        print('loop', x)
    else:
        print('else clause')
    c = Counter(5)
    async for x in c:
        if x == 2: break
    print('after break', c.i, await anext(c))
    print(sum([x async for x in Counter(4)]))
asyncio.run(main())
