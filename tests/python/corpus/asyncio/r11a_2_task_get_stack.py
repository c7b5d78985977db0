import asyncio


async def inner():
    await asyncio.sleep(0.1)


async def outer():
    await inner()


async def main():
    t = asyncio.create_task(outer(), name="deep")
    await asyncio.sleep(0)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t.get_stack())
    done = asyncio.create_task(asyncio.sleep(0, "x"))
    await done
    print(done.get_stack())


asyncio.run(main())
