import asyncio


async def compute():
    return 42


def sync_helper():
    return asyncio.run(compute())


async def main():
    print(sync_helper())


print(sync_helper())
asyncio.run(main())
