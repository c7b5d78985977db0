# sys.exit() called inside a task to abort the program
import asyncio, sys

async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other finally")

async def checker():
    await asyncio.sleep(0.1)
    print("fatal config error, exiting")
    sys.exit(2)

async def main():
    t = asyncio.create_task(other())
    try:
        await asyncio.gather(checker(), t)
    finally:
        print("main finally")

try:
    asyncio.run(main())
finally:
    print("outer finally")
