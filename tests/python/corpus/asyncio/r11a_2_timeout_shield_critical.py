import asyncio


async def write_to_disk(data):
    await asyncio.sleep(0.2)
    print("written:", data)
    return len(data)


async def main():
    write = asyncio.create_task(write_to_disk("important"))
    try:
        async with asyncio.timeout(0.05):
            await asyncio.shield(write)
    except TimeoutError:
        print("timed out waiting, the write continues")
    n = await write
    print("bytes:", n)


asyncio.run(main())
