# One overall deadline for several sequential steps with asyncio.timeout_at.
import asyncio

async def step(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.2
    done = []
    try:
        async with asyncio.timeout_at(deadline) as cm:
            for name, d in [("download", 0.05), ("parse", 0.05), ("upload", 0.3)]:
                await step(name, d)
                done.append(name)
    except TimeoutError:
        print("deadline hit; done:", done)
    print("expired:", cm.expired(), "same deadline:", cm.when() == deadline)

asyncio.run(main())
