import asyncio
async def save(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise IOError(f'disk full while saving {n}')
    print('saved', n)
async def main():
    tasks = [asyncio.create_task(save(n)) for n in range(4)]
    await asyncio.sleep(0.1)
    print('all done?', all(t.done() for t in tasks))
asyncio.run(main())
