# A gathered child cancels itself; without return_exceptions the CancelledError reaches asyncio.run
import asyncio


async def fine():
    await asyncio.sleep(0.05)
    return "fine"


async def quitter():
    await asyncio.sleep(0.01)
    asyncio.current_task().cancel("I give up")
    await asyncio.sleep(0)
    return "unreachable"


async def main():
    print(await asyncio.gather(fine(), quitter(), return_exceptions=True))
    print(await asyncio.gather(fine(), quitter()))


asyncio.run(main())
