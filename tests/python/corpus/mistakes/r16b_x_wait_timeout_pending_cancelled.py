# wait() with a timeout leaves pending tasks, cancelled by hand; shield under wait_for
import asyncio
async def main():
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(i/10, i)) for i in range(3)], timeout=0.15)
    print(sorted(t.result() for t in done), len(pending))
    for p in pending: p.cancel()
    print(await asyncio.wait_for(asyncio.shield(asyncio.sleep(0.01, "s")), 1))
asyncio.run(main())
