# A flag named async.
import asyncio

async = True

async def main():
    await asyncio.sleep(0.01)
    print("done")

if async:
    asyncio.run(main())
