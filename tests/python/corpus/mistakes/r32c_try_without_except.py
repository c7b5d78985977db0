# A try block with no except or finally before the next statement.
import asyncio

async def main():
    try:
        await asyncio.sleep(0.01)
        print("slept")
    print("after try")

asyncio.run(main())
