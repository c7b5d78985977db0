# sys.exit() inside a task ends the program with that status
import asyncio
import sys

async def quitter():
    await asyncio.sleep(0.01)
    print("quitting with 3")
    sys.exit(3)

async def main():
    t = asyncio.create_task(quitter())
    await asyncio.sleep(0.1)
    print("not reached?", t.done())

asyncio.run(main())
print("not reached either")
