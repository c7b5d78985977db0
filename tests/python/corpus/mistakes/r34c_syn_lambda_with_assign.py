# Trying to keep a running total inside a lambda callback
import asyncio

total = 0
add = lambda x: total += x

async def main():
    for i in range(3):
        add(i)
    print(total)

asyncio.run(main())
