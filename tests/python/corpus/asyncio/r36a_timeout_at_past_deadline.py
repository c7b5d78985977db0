# timeout_at with a deadline already in the past still lets the body start, then times out at its first await
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    steps = []
    try:
        async with asyncio.timeout_at(loop.time() - 5):
            steps.append("body started")
            await asyncio.sleep(0)
            steps.append("after first await")
    except TimeoutError as e:
        steps.append(f"TimeoutError {e.args}")
    print(steps)
    async with asyncio.timeout_at(loop.time() + 10) as cm:
        await asyncio.sleep(0.01)
    print("no timeout:", cm.expired())


asyncio.run(main())
