# test_asyncgen: aclose() throws GeneratorExit at the yield; finally runs and may await
import asyncio

async def gen():
    try:
        for i in range(10):
            yield i
    finally:
        await asyncio.sleep(0)
        print('finally ran')

async def main():
    g = gen()
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted after aclose')
    await g.aclose()
    print('second aclose is fine')

asyncio.run(main())
