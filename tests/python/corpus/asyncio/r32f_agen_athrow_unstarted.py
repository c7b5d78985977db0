# athrow() and aclose() on an async generator that never started, and yield in finally
import asyncio

async def gen():
    try:
        yield 1
    finally:
        print("cleanup running")

async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2

async def main():
    g = gen()
    try:
        await g.athrow(ValueError("early"))
    except ValueError as e:
        print("athrow on unstarted re-raised:", e)
    g2 = gen()
    await g2.aclose()
    print("aclose on unstarted: no cleanup printed")
    g3 = yields_in_finally()
    await anext(g3)
    try:
        await g3.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
