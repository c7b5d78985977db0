# test_asyncgen: a generator left by break, or dropped, is finalized by the loop's hook in a later step, its finally awaiting
import asyncio
async def gen(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(name, 'finally start')
        await asyncio.sleep(0)
        print(name, 'finally end')
async def main():
    async for x in gen('A'):
        if x == 1: break
    print('after break A')
    await asyncio.sleep(0)
    print('after one step')
    await asyncio.sleep(0)
    print('after two steps')
    g = gen('B')
    await anext(g)
    del g
    print('after del B')
    await asyncio.sleep(0)
    print('B step 1')
    await asyncio.sleep(0)
    print('B step 2')
    await asyncio.sleep(0)
    print('B step 3')
asyncio.run(main())
