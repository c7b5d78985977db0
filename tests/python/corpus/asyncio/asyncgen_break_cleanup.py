# Breaking out of async for leaves the generator suspended; aclose() (or the loop at the end of run) finalizes it.
import asyncio

async def numbers(label):
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        print(label, 'cleaned up')

async def main():
    g = numbers('explicit')
    async for n in g:
        if n == 2:
            break
    print('broke out at', n)
    await g.aclose()
    print('closed explicitly')
    total = 0
    async for n in numbers('exhausted'):
        total += n
    print('total', total)

asyncio.run(main())
print('after run')
