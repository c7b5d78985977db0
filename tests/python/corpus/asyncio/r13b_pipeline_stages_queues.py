import asyncio

async def stage(name, fn, inbox, outbox):
    while True:
        item = await inbox.get()
        if item is None:
            await outbox.put(None)
            print(f"{name} stage closing")
            break
        await asyncio.sleep(0.001)
        await outbox.put(fn(item))

async def main():
    q1, q2, q3, q4 = (asyncio.Queue() for _ in range(4))
    stages = [
        asyncio.create_task(stage("parse", int, q1, q2)),
        asyncio.create_task(stage("double", lambda x: x * 2, q2, q3)),
        asyncio.create_task(stage("format", lambda x: f"<{x}>", q3, q4)),
    ]
    for s in ["1", "22", "333"]:
        await q1.put(s)
    await q1.put(None)
    results = []
    while (r := await q4.get()) is not None:
        results.append(r)
    await asyncio.gather(*stages)
    print(results)

asyncio.run(main())
