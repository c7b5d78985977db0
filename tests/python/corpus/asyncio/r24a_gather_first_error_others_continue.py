import asyncio

async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name + " failed")
    print(name, "completed")
    return name

async def main():
    ok = asyncio.create_task(step("slow", 0.1))
    try:
        await asyncio.gather(step("bad", 0.02, fail=True), ok)
    except RuntimeError as e:
        print("caught:", e)
    print("slow still running:", not ok.done())
    await asyncio.sleep(0.15)
    print("slow result:", ok.result())

asyncio.run(main())
