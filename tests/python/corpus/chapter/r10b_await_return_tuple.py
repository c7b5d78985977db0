# worker returns a tuple; do_something unpacks it.
import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 'answer', 42

async def do_something():
    label, value = await worker()
    print(f'{label!r} = {value}')
    print(f'{label:>10}|{value:<5}|')
    print(f'{value:08.3f}')

asyncio.run(do_something())
