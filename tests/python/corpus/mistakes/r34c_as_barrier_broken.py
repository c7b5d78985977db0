# A Barrier for three players, but one player gives up and aborts it
import asyncio

async def player(name, barrier, quit_early):
    await asyncio.sleep(0.01)
    if quit_early:
        print(name, "gives up")
        await barrier.abort()
        return
    print(name, "waiting")
    await barrier.wait()
    print(name, "started")

async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(player("ann", barrier, False), player("ben", barrier, True),
                         player("cal", barrier, False))

asyncio.run(main())
