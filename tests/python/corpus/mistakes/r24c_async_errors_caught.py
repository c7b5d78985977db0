import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    checks = []
    try:
        await asyncio.gather([job(), job()])
    except TypeError as e:
        checks.append(("gather list", str(e)))
    try:
        asyncio.create_task(job)
    except TypeError as e:
        checks.append(("create_task", str(e).split(" at 0x")[0]))
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        checks.append(("sleep str", str(e)))
    t = asyncio.create_task(job())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        checks.append(("result early", str(e)))
    print(await t)
    for name, msg in checks:
        print(f"{name}: {msg}")

asyncio.run(main())
