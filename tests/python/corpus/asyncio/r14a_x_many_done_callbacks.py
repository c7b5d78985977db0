# 20,000 futures with done callbacks, a third of them removed before the results are set
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def cb(f):
        seen.append(f.result())
    futs = [loop.create_future() for _ in range(20_000)]
    for f in futs:
        f.add_done_callback(cb)
    removed = sum(f.remove_done_callback(cb) for f in futs[::3])
    for i, f in enumerate(futs):
        f.set_result(i)
    await asyncio.sleep(0)
    print(removed, len(seen), seen[:3], sum(seen))
    done, pending = await asyncio.wait(futs)
    print(len(done), len(pending))

asyncio.run(main())
