# Awaiting inside a plain def.
import asyncio

def load():
    await asyncio.sleep(0.01)
    return "loaded"

async def main():
    print(load())

asyncio.run(main())
