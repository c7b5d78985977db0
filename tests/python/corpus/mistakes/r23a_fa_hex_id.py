import asyncio

async def next_id():
    await asyncio.sleep(0)
    return 255

async def main():
    print("id:", hex(next_id()))

asyncio.run(main())
