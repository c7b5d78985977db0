# used the same quotes inside an f-string (works on newer Python)
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return ['a', 'b', 'c']

async def do_something():
    results = await worker()
    print(f'results: {', '.join(results)}')

asyncio.run(do_something())
