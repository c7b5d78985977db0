# An async generator left suspended is closed by asyncio.run's shutdown_asyncgens: its finally runs before run returns.
import asyncio

async def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(0)
    finally:
        print('ticker closed at shutdown')

gens = []

async def main():
    g = ticker()
    gens.append(g)
    print(await g.__anext__(), await g.__anext__())
    print('main returns')

asyncio.run(main())
print('run returned')
