# contextlib.asynccontextmanager for a timing/resource helper, and an exception passing through
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name):
    print(f"acquire {name}")
    await asyncio.sleep(0.01)
    try:
        yield name.upper()
    except KeyError as e:
        print(f"{name} saw KeyError {e}")
        raise
    finally:
        await asyncio.sleep(0.01)
        print(f"release {name}")

async def main():
    async with resource("alpha") as r, resource("beta") as s:
        print("using", r, s)
    try:
        async with resource("gamma"):
            {}["missing"]
    except KeyError as e:
        print("caught outside:", repr(e))

asyncio.run(main())
