# Argument quirks: return_when as a string, non-str task names, truthy return_exceptions
import asyncio

async def val(x, d=0):
    await asyncio.sleep(d)
    if x is None:
        raise LookupError("none")
    return x

async def main():
    t1 = asyncio.create_task(val(1), name=42)
    t2 = asyncio.create_task(val(2, 0.2))
    t2.set_name(("tuple", 1))
    print(repr(t1.get_name()), repr(t2.get_name()))
    done, pending = await asyncio.wait([t1, t2], return_when="FIRST_COMPLETED")
    print(len(done), len(pending), asyncio.FIRST_COMPLETED == "FIRST_COMPLETED")
    try:
        await asyncio.wait([t2], return_when="first")
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.gather(val(3), val(None), return_exceptions=1))
    try:
        asyncio.Semaphore("2")
    except TypeError as e:
        print("TypeError:", e)
    await t2

asyncio.run(main())
