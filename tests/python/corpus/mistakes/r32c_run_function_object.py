# Passing the coroutine function itself to asyncio.run without calling it.
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("hello")

try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
asyncio.run(None)
