# Mistake: a list passed to gather as a keyword argument.
import asyncio

async def sq(x):
    return x * x

async def main():
    res = await asyncio.gather(coros=[sq(i) for i in range(3)])
    print(res)

asyncio.run(main())
