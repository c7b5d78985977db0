# test_asyncgen: a consumer's error inside async for leaves the generator to the finalizer; main goes on
import asyncio
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally (sync)')
async def consumer():
    async for x in gen():
        print('got', x)
        raise ValueError('consumer broke')
async def main():
    try:
        await consumer()
    except ValueError:
        print('caught')
    print('main continues')
    await asyncio.sleep(0)
    print('main step')
asyncio.run(main())
