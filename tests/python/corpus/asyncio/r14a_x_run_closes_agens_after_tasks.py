# test_runners: run()'s shutdown cancels pending tasks first, then closes async generators
import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finalized')

async def holder():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('task cancelled')
        raise

async def main():
    g = gen()
    await anext(g)
    keep.append(g)
    asyncio.create_task(holder())
    await asyncio.sleep(0)
    print('main ends')

keep = []
asyncio.run(main())
print('run returned')
