import asyncio

class NoAnext:
    def __aiter__(self):
        return self

async def main():
    for obj in [[1, 2], NoAnext()]:
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print('TypeError:', e)
    try:
        await anext([1])
    except TypeError as e:
        print('TypeError:', e)
    try:
        aiter(5)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
