# test_asyncgen: asyncio.run closes an async generator left unfinished (shutdown_asyncgens)
import asyncio

async def ticker():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print('ticker closed')

async def main():
    g = ticker()
    async for x in g:
        if x == 2:
            break
    print('main returns')
    keep.append(g)

keep = []
asyncio.run(main())
print('after run')
