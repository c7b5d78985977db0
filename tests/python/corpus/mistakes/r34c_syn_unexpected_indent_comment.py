# After a comment I indented the next statement by accident
import asyncio

async def main():
    # wait a little
        await asyncio.sleep(0.01)
    print("done")

asyncio.run(main())
