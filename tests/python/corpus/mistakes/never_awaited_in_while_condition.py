# A coroutine called in a while condition: always truthy, warned each time
import asyncio

async def has_more(i):
    return i < 2

async def main():
    i = 0
    while has_more(i):
        print("iteration", i)
        i += 1
        if i == 3:
            break
    print("loop ended")

asyncio.run(main())
