import asyncio


def helper():
    loop = asyncio.get_running_loop()
    return loop.time() >= 0


async def main():
    print("inside:", helper())


asyncio.run(main())
print("outside:", helper())
