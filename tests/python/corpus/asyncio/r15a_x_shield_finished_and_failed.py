# shield() of a finished task returns its result; of a failed one re-raises
import asyncio

async def ok():
    return "fine"

async def bad():
    raise ArithmeticError("overflowed")

async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(await asyncio.shield(t1))
    try:
        await asyncio.shield(t2)
    except ArithmeticError as e:
        print("shield re-raised:", e)
    print(asyncio.shield(t1) is t1)

asyncio.run(main())
