# aclose() runs an async generator's finally; athrow() raises inside it; asend() sends values; a closed one stops.
import asyncio

async def ticker():
    try:
        n = 0
        while True:
            got = yield n
            print('ticker got', got)
            n += 1
            await asyncio.sleep(0)
    finally:
        print('ticker finally')

async def main():
    g = ticker()
    print(await g.__anext__())
    print(await g.asend('hello'))
    print(await g.asend('world'))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('closed: StopAsyncIteration')
    h = ticker()
    await h.asend(None)
    try:
        await h.athrow(ValueError('thrown in'))
    except ValueError as e:
        print('athrow came back out:', e)
    print(type(g).__name__, g.__name__)

asyncio.run(main())
