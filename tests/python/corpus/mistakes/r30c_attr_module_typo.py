# A wrong function name on the asyncio module.
import asyncio

async def main():
    await asyncio.sleeep(0.01)
    print("slept")

asyncio.run(main())
