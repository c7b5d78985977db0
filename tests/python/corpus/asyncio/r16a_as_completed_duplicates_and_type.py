# as_completed of one task twice yields it once; its argument check waits for the first next()
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, 'T'))
    its = list(asyncio.as_completed([t, t]))
    print('items', len(its))
    for f in its:
        print(await f)
    print(list(asyncio.as_completed([])))
    gen = asyncio.as_completed(t)
    print('made', type(gen).__name__)
    try:
        next(gen)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())
