# Sending a non-None value into a just-started async generator, then priming it properly
import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


async def main():
    gen = accumulator()
    try:
        await gen.asend(5)
    except TypeError as e:
        print("TypeError:", e)
    print("primed:", await gen.asend(None))
    for v in (3, 4, 10):
        print("total:", await gen.asend(v))
    try:
        await gen.asend(None)
    except StopAsyncIteration:
        print("finished")
    print("again:", await anext(gen, "exhausted"))


asyncio.run(main())
