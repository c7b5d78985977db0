# Mistake: an unawaited gather cancelled by hand; its children end later.
import asyncio

async def work(n):
    try:
        await asyncio.sleep(0.05 * n)
    finally:
        print('work', n, 'ends')

async def main():
    asyncio.gather(work(1), work(5))
    g = asyncio.gather(work(2), work(3))
    await asyncio.sleep(0)
    print('cancel:', g.cancel())
    del g
    print('deleted')
    await asyncio.sleep(0.1)
    print('main done')

asyncio.run(main())
print('end')
