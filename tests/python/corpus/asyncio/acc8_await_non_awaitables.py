# await of things that are not awaitable, and an __await__ returning a non-iterator: TypeErrors.
import asyncio

class BadAwait:
    def __await__(self):
        return 42

class Plain:
    pass

async def main():
    for obj in (3, None, 'text', Plain(), BadAwait()):
        try:
            await obj
        except TypeError as e:
            print('TypeError:', e)

asyncio.run(main())
