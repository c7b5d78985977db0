# Several async generators left open: asyncio.run closes them after the tasks, each once
import asyncio

async def numbered(name):
    try:
        for i in range(3):
            yield i
    finally:
        await asyncio.sleep(0)
        print('closed', name)

async def main():
    gens = [numbered(n) for n in ('x', 'y')]
    for g in gens:
        print(await g.__anext__())
    keep = gens
    print('main done')

asyncio.run(main())
print('run returned')
