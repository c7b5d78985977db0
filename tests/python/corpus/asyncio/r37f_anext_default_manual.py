# Pulling items from an async generator by hand with anext(), with and without a default
import asyncio

async def tokens(text):
    for word in text.split():
        await asyncio.sleep(0)
        yield word

async def main():
    it = aiter(tokens("to be or not"))
    print(await anext(it))
    print(await anext(it))
    rest = [w async for w in it]
    print(rest)
    print(await anext(it, "<end>"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    try:
        await anext([1, 2])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
