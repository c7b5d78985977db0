# A three-stage pipeline connected by Queues, shut down stage by stage with join() and cancel().
import asyncio

async def stage(name, fn, inbox, outbox):
    while True:
        item = await inbox.get()
        await asyncio.sleep(0.002)
        result = fn(item)
        if outbox is not None:
            await outbox.put(result)
        else:
            print(f"{name}: {result}")
        inbox.task_done()

async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    workers = [
        asyncio.create_task(stage("clean", str.strip, q1, q2)),
        asyncio.create_task(stage("upper", str.upper, q2, q3)),
        asyncio.create_task(stage("sink", lambda s: f"<{s}>", q3, None)),
    ]
    for word in ["  apple", "banana  ", " cherry "]:
        await q1.put(word)
    for q in (q1, q2, q3):
        await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
