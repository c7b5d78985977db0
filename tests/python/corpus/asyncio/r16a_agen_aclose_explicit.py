# aclose() throws GeneratorExit at the yield; an await in the finally is allowed
import asyncio

async def resource():
    print('open')
    try:
        yield 'a'
        yield 'b'
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        await asyncio.sleep(0.05)
        print('closed')

async def main():
    g = resource()
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('exhausted after aclose')
    await g.aclose()
    print('second aclose is fine')

asyncio.run(main())
