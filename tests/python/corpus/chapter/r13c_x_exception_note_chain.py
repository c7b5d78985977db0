import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    try:
        return 10 // n
    except ZeroDivisionError as e:
        e.add_note(f'while fetching item {n}')
        raise

async def process(n):
    try:
        return await fetch(n)
    except ZeroDivisionError as e:
        raise RuntimeError(f'processing {n} failed') from e

async def do_something():
    print(await process(5))
    print(await process(0))

asyncio.run(do_something())
