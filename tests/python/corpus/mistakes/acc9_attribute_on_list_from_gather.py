# A method of one result called on gather's list.
import asyncio

async def name(n):
    await asyncio.sleep(0.1)
    return f"n{n}"

async def main():
    names = await asyncio.gather(name(1), name(2))
    print(names.upper())

asyncio.run(main())
