# A forgotten await passed straight to len() inside print
import asyncio

async def load_names():
    await asyncio.sleep(0.01)
    return ["ada", "grace", "linus"]

async def main():
    print("loading...")
    print("found", len(load_names()), "names")

asyncio.run(main())
