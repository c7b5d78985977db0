# contextlib.aclosing and asynccontextmanager around an async generator of factorials
import asyncio
import contextlib

async def factorials():
    f, n = 1, 0
    try:
        while True:
            yield n, f
            n += 1
            f *= n
            await asyncio.sleep(0)
    finally:
        print("generator closed at", n)

@contextlib.asynccontextmanager
async def timer(label):
    print("start", label)
    try:
        yield label.upper()
    finally:
        print("stop", label)

async def main():
    async with timer("table") as t, contextlib.aclosing(factorials()) as gen:
        print(t)
        async for n, f in gen:
            if f > 1000:
                break
            print(n, f)
    print("done")

asyncio.run(main())
