import asyncio


def wait_a_bit():
    asyncio.sleep(0.01)
    return "waited?"


async def main():
    print(wait_a_bit())


asyncio.run(main())
