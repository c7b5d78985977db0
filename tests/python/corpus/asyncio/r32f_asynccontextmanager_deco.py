# contextlib.asynccontextmanager for a timed resource, and what happens when the body raises
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name):
    print(f"acquire {name}")
    await asyncio.sleep(0.01)
    try:
        yield name.upper()
    except ValueError as e:
        print(f"{name} saw ValueError: {e}")
    finally:
        await asyncio.sleep(0.01)
        print(f"release {name}")

async def main():
    async with resource("alpha") as r:
        print("using", r)
    async with resource("beta") as r:
        raise ValueError("bad value")
    print("ValueError was swallowed")
    async with resource("gamma") as r:
        raise KeyError("missing")

asyncio.run(main())
