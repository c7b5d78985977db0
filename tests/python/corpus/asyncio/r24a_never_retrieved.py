import asyncio

async def boom(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"boom {n}")

async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0.05)
    print("task done:", t.done())
    del t
    print("main finished")

asyncio.run(main())
print("after run")
