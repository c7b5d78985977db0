import asyncio

async def read_chunks():
    for chunk in ["ab", "cd"]:
        yield chunk
        await asyncio.sleep(0)
    return "done"

async def main():
    async for c in read_chunks():
        print(c)

asyncio.run(main())
