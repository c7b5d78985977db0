# asyncio.run given the coroutine function, not a call (message cut before the address), then an int.
import asyncio

async def main():
    print("hi")

try:
    asyncio.run(main)
except ValueError as e:
    print(type(e).__name__, str(e).split(" at ")[0])
asyncio.run(main())
asyncio.run(5)
