# An uncaught TimeoutError from wait_for ends the program with its chain.
import asyncio

async def query():
    await asyncio.sleep(1)

async def main():
    print('querying')
    return await asyncio.wait_for(query(), 0.02)

asyncio.run(main())
# (end of the program)
