# put the await directly inside the f-string to save a line
import asyncio

async def worker(label):
    await asyncio.sleep(0.02)
    return label * 2

async def do_something():
    print(f'result: {await worker("ab")}')
    print(f'{await worker(3):>5}|')
    print(f'{(await worker([1]))!r} and {len(await worker("xyz"))}')

asyncio.run(do_something())
