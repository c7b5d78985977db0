# An async recursion: how deep do the awaits get?
import asyncio
deepest = 0

async def descend(n):
    global deepest
    deepest = n
    return await descend(n + 1)

async def main():
    try:
        await descend(1)
    except RecursionError as e:
        print("stopped at depth", deepest, "-", e)

asyncio.run(main())
