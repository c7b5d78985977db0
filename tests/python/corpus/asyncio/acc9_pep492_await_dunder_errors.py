# __await__ returning a coroutine, a non-iterator, or a generator that yields a bad value: the errors.
import asyncio

async def inner():
    return 1

class ReturnsCoroutine:
    def __await__(self):
        return inner()

class ReturnsInt:
    def __await__(self):
        return 5

class ReturnsGen:
    def __await__(self):
        return iter([])

async def main():
    for cls in (ReturnsCoroutine, ReturnsInt, ReturnsGen):
        try:
            print(cls.__name__, await cls())
        except TypeError as e:
            print(cls.__name__, 'TypeError:', e)
    c = inner()
    print('the coroutine itself:', await c)

asyncio.run(main())
