# Mistake: awaiting the result of a plain helper that forgot to return its coroutine.
import asyncio

async def fetch(name):
    await asyncio.sleep(0.01)
    return name.upper()

def fetch_later(name):
    print("scheduling", name)
    asyncio.sleep(0)

async def main():
    print(await fetch("a"))
    print(await fetch_later("b"))

asyncio.run(main())
