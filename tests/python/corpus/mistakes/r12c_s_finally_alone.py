# finally with no try before it.
import asyncio

async def main():
    print("working")
    await asyncio.sleep(0.01)
finally:
    print("cleanup")

asyncio.run(main())
