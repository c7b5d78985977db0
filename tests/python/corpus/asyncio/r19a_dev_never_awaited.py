# docs "Developing with asyncio": detect never-awaited coroutines
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())
print("end of program")
