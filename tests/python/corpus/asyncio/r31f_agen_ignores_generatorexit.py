# An async generator that yields in its finally: aclose() complains
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
    g2 = stubborn()
    try:
        await g2.athrow(ValueError("early"))
    except ValueError as e:
        print("ValueError from fresh generator:", e)

asyncio.run(main())
