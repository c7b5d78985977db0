# a class with __await__ so I can await an object instead of a function
import asyncio

class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return self.value

    def __repr__(self):
        return f'Delayed({self.value!r})'

async def do_something():
    print('awaiting', Delayed(1, 0.01))
    print(await Delayed(42, 0.01))
    results = await asyncio.gather(Delayed('x', 0.02), Delayed('y', 0.01))
    print('gathered:', results)

asyncio.run(do_something())
