# An __anext__ that returns a plain value: 'async for' refuses it by name; awaiting it by hand is the await's TypeError.
import asyncio

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.n += 1
        return self.n

async def main():
    try:
        async for x in Counter():
            print(x)
    except TypeError as e:
        print('TypeError:', e)
    try:
        print(await anext(Counter()))
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
