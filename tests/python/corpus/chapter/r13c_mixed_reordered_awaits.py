import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    print(f'  {label} finished')
    return label

async def do_something():
    slow = asyncio.create_task(worker('slow', 0.1))
    fast = asyncio.create_task(worker('fast', 0.03))
    print('awaiting slow first')
    print('got', await slow)
    print('fast done already?', fast.done())
    print('got', await fast)

asyncio.run(do_something())
