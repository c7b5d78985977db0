import asyncio
from contextlib import asynccontextmanager, contextmanager

@asynccontextmanager
async def connection(name):
    print("connect", name)
    await asyncio.sleep(0.01)
    try:
        yield f"<conn {name}>"
    finally:
        print("disconnect", name)

@contextmanager
def timer(label):
    print("start", label)
    yield
    print("stop", label)

async def main():
    async with connection("db") as c:
        print("using", c)
    with timer("sync"):
        await asyncio.sleep(0.01)
    with connection("oops") as c:
        print(c)

asyncio.run(main())
