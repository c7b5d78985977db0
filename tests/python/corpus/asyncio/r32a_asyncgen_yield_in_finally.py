# An async generator that yields inside finally when closed: RuntimeError
import asyncio

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

async def main():
    g = stubborn()
    print(await anext(g))
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await anext(g, "finished"))
    await g.aclose()
    print("second aclose fine")
    h = stubborn()
    await anext(h)
    await h.aclose()

asyncio.run(main())
