# A typo in an except block while handling a KeyError.
import asyncio

async def lookup(d, key):
    await asyncio.sleep(0.1)
    try:
        return d[key]
    except KeyError:
        print("missing", keyy)

asyncio.run(lookup({"a": 1}, "b"))
