import asyncio


def not_async():
    return 5


async def main():
    for bad in (42, not_async(), asyncio.sleep):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", str(e).split(" at 0x")[0])
    asyncio.ensure_future(not_async())


asyncio.run(main())
