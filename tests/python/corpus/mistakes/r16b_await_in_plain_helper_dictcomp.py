# await inside a dict comprehension of a plain (non-async) helper function
import asyncio

async def fetch(key):
    await asyncio.sleep(0.01)
    return key.upper()

def collect(keys):
    return {k: await fetch(k) for k in keys}

async def main():
    print(collect(["a", "b"]))

asyncio.run(main())
