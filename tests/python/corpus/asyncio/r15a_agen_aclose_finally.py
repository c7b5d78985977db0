# An async generator's finally runs on aclose(); athrow() and asend() as well
import asyncio

async def reader():
    print("open")
    try:
        n = 0
        while True:
            got = yield n
            n += 1 if got is None else got
    finally:
        print("close")

async def main():
    gen = reader()
    print(await gen.__anext__())
    print(await gen.asend(10))
    print(await anext(gen))
    try:
        await gen.athrow(ValueError("stop reading"))
    except ValueError as e:
        print("athrow raised back:", e)
    await gen.aclose()
    print("after aclose:", await anext(gen, "exhausted"))

asyncio.run(main())
