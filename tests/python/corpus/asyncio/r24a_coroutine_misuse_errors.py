import asyncio

async def value():
    return 5

class BadAenter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class BadAiter:
    def __aiter__(self):
        return [1, 2]

async def main():
    c = value()
    print(await c)
    for label, make in [
        ("reuse", lambda: c),
        ("int", lambda: 5),
    ]:
        try:
            await make()
        except (RuntimeError, TypeError) as e:
            print(label, type(e).__name__, e)
    try:
        async with BadAenter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in BadAiter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    await [value()]

asyncio.run(main())
