# Passing asyncio.run things that are not coroutines
import asyncio

async def main():
    return "ok"

def gen():
    yield 1

for thing in (main, gen(), asyncio.sleep, None):
    try:
        asyncio.run(thing)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", str(e).split(" at 0x")[0])
print(asyncio.run(main()))
