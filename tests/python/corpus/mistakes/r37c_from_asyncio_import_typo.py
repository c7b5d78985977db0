# importing the pieces of asyncio I need by name
from asyncio import run, gather, sleeep

async def main():
    await sleeep(0.01)
    print("ok")

run(main())
