import asyncio

class Timer:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, *exc):
        print('exit')

async def do_something():
    with Timer():
        await asyncio.sleep(0.01)
    async with Timer():
        await asyncio.sleep(0.01)

asyncio.run(do_something())
