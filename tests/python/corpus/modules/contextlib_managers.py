import asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)

with swallow():
    1 / 0
print("after swallow")
with suppress(FileNotFoundError, KeyError):
    {}["x"]
print("suppressed")
with nullcontext(5) as v:
    print("null", v)

@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0.01)
    try:
        yield {"name": name}
    finally:
        await asyncio.sleep(0.01)
        print("close", name)

async def use(name, fail):
    async with connection(name) as conn:
        await asyncio.sleep(0.05)
        if fail:
            raise ValueError(f"{conn['name']} failed")
        return conn["name"]

async def main():
    print(await asyncio.gather(use("a", False), use("b", True), return_exceptions=True))
    async with connection("c") as c:
        print(c)
    await use("d", True)

asyncio.run(main())
