# Nested TaskGroups: an error in the inner group travels out through the outer one
import asyncio

async def leaf(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ZeroDivisionError("leaf 2")
    return n

async def inner():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 4):
            tg.create_task(leaf(n))

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(inner())
            outer.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print(repr(eg))
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)
            for sub in getattr(e, "exceptions", []):
                print("   ", type(sub).__name__, sub)

asyncio.run(main())
