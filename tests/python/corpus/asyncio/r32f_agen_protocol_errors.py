# Async generator protocol errors: asend non-None first, StopAsyncIteration inside, ignored GeneratorExit
import asyncio

async def simple():
    yield 1
    yield 2

async def raises_stop():
    yield 1
    raise StopAsyncIteration("oops")

async def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            yield "I refuse to close"

async def main():
    try:
        await simple().asend("hello")
    except TypeError as e:
        print("TypeError:", e)
    g = raises_stop()
    print(await anext(g))
    try:
        await anext(g)
    except RuntimeError as e:
        print("RuntimeError:", e, "| from", type(e.__cause__).__name__)
    s = stubborn()
    print(await anext(s))
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
