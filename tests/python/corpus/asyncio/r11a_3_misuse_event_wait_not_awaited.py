import asyncio


async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.01, ev.set)
    ev.wait()
    print("did not wait, is_set:", ev.is_set())
    await asyncio.sleep(0.02)
    print("now is_set:", ev.is_set())


asyncio.run(main())
