# An unclosed list followed by a def.
import asyncio

tasks = [1, 2, 3

async def main():
    print(tasks)

asyncio.run(main())
