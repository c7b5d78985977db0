import asyncio

async def waiter(name, event):
    print(f'{name} waiting')
    await event.wait()
    print(f'{name} released')
    return name

async def do_something():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event)) for n in ('w1', 'w2', 'w3')]
    await asyncio.sleep(0.05)
    print('is_set before:', event.is_set())
    event.set()
    print(await asyncio.gather(*tasks))
    event.clear()
    print('is_set after clear:', event.is_set())

asyncio.run(do_something())
