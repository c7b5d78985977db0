# asyncio.run given the function instead of a call: the ValueError, then the fix
import asyncio

async def main():
    print("hello")
    return 3

try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
print(asyncio.run(main()))
