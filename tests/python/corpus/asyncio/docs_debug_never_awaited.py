# the asyncio docs' "Detect never-awaited coroutines" (Developing with asyncio), in debug mode
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main(), debug=True)
