import asyncio

async def main():
    print("main")

try:
    asyncio.run(main)
except ValueError as e:
    print("ValueError:", str(e).split(" at 0x")[0])
asyncio.run(main())
