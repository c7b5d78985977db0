# A try block with nothing after it before the next statement
import asyncio

async def main():
    try:
        await asyncio.sleep(0.01)
        print("slept")
    print("after try")

asyncio.run(main())
