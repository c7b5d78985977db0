# asyncio.wait(FIRST_COMPLETED) in a loop, handling each task as it finishes
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    if name == "c":
        raise ValueError("c broke")
    return name

async def main():
    pending = {asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            if t.exception():
                print(t.get_name(), "failed:", t.exception())
            else:
                print(t.get_name(), "->", t.result())
        print("still pending:", sorted(t.get_name() for t in pending))
    print(asyncio.FIRST_COMPLETED, asyncio.ALL_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
