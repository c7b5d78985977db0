# An async comprehension in a plain function after valid async code: what CPython reports, and when.
import asyncio

async def agen():
    for i in range(3):
        yield i

async def main():
    squares = [x * x async for x in agen()]
    lazy = (await asyncio.sleep(0, x) for x in range(3))
    print(squares, type(lazy).__name__)
    print([y async for y in lazy])

asyncio.run(main())

def plain():
    return [x async for x in agen()]

print(plain())
