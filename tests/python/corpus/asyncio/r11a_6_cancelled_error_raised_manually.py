import asyncio


async def quitter():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("I quit")


async def main():
    t = asyncio.create_task(quitter())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e))
    print("cancelled():", t.cancelled())
    results = await asyncio.gather(quitter(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
