import asyncio

async def fragile():
    await asyncio.sleep(0.2)
    raise ValueError("inner failed later")

async def main():
    inner = asyncio.create_task(fragile())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.05)
    except TimeoutError:
        print("outer timed out; inner running:", not inner.done())
    await asyncio.sleep(0.3)
    print("inner done:", inner.done())
    print("main ends without touching inner")

asyncio.run(main())
print("after run")
