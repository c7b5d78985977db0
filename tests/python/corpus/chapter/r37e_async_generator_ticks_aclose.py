# an async generator that ticks; I break out early and close it myself
import asyncio

async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print('ticks: cleaning up')

async def main():
    gen = ticks(10)
    async for t in gen:
        print('tick', t)
        if t == 2:
            break
    print('after loop')
    await gen.aclose()
    print('closed')
    async for t in gen:
        print('never printed', t)
    print('done')

asyncio.run(main())
