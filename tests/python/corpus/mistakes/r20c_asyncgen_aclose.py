# async generator whose finally raises while being closed with aclose()
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        raise ValueError("cleanup failed in finally")

async def main():
    g = agen()
    print(await g.__anext__())
    await g.aclose()

asyncio.run(main())
