import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return f'✓ {label}'

async def do_something():
    print('⏳ starting…')
    for coro in asyncio.as_completed([worker('α', 0.2), worker('β', 0.1)]):
        print(await coro)
    print('Größe:', len('Größe'), 'ünïcödé'.upper(), '→', 'done 🎉')

asyncio.run(do_something())
