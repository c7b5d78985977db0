# Nested gathers: the inner one with return_exceptions, the outer without
import asyncio

async def v(x):
    await asyncio.sleep(0.01 * x)
    if x == 2:
        raise ValueError("two")
    return x

async def main():
    inner = asyncio.gather(v(1), v(2), return_exceptions=True)
    outer = await asyncio.gather(inner, v(3), asyncio.gather(v(4)))
    print(outer)
    try:
        await asyncio.gather(asyncio.gather(v(2)), v(1), return_exceptions=False)
    except ValueError as e:
        print("outer saw", repr(e))

asyncio.run(main())
