import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.05
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(1)
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("This statement will run regardless.")
    async with asyncio.timeout_at(loop.time() + 1) as cm:
        await asyncio.sleep(0.01)
    print("expired?", cm.expired())

asyncio.run(main())
