import asyncio

async def items():
    yield 1
    yield 2

async def main():
    try:
        for x in items():
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    async for x in items():
        print("async for got", x)
    try:
        print(list(items()))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
