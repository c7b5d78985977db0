# A coroutine never awaited is freed while a TypeError unwinds (a for loop
# over it), with the warnings module imported: the warning goes through its
# filters and the TypeError still reaches the top with its traceback.
import asyncio
import warnings

async def get_items():
    return [1, 2, 3]

async def main():
    for x in get_items():
        print(x)

asyncio.run(main())
