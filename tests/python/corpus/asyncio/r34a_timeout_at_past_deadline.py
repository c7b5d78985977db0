# timeout_at with a deadline already in the past: the first await inside is cancelled at once
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    steps = []
    try:
        async with asyncio.timeout_at(loop.time() - 5):
            steps.append("entered")
            await asyncio.sleep(0)
            steps.append("after sleep(0)")
    except TimeoutError:
        steps.append("TimeoutError")
    print(steps)
    try:
        async with asyncio.timeout(0):
            steps.append("zero entered")
            print("sync work still runs")
    except TimeoutError:
        steps.append("zero timeout without await")
    print(steps)
    async with asyncio.timeout(-1):
        await asyncio.sleep(0.01)


asyncio.run(main())
