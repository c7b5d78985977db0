import asyncio
async def main():
    try:
        await asyncio.sleep(-1)
        print("neg ok")
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.gather()
        print("empty gather ok")
        async with asyncio.timeout(-1):
            await asyncio.sleep(0.1)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    try:
        asyncio.get_event_loop().run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError", e)
asyncio.run(main())
