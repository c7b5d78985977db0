# a counter shared by tasks; I used nonlocal at the top of the file
import asyncio

count = 0
nonlocal count

async def bump():
    count += 1

async def main():
    await asyncio.gather(bump(), bump())
    print(count)

asyncio.run(main())
