# A function called before its def.
import asyncio

asyncio.run(main())

async def main():
    print("hello")
