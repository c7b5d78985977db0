# asyncio.run given the coroutine function instead of calling it.
import asyncio
import re

async def main():
    await asyncio.sleep(0.01)
    print("hi")

try:
    asyncio.run(main)
except Exception as exc:
    print(type(exc).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(exc)))
asyncio.run(main())
