# Mistake: asyncio.wait given a dict's values, which are coroutines, not tasks.
import asyncio

async def ping(host):
    await asyncio.sleep(0.01)
    return host

async def main():
    pending = {h: ping(h) for h in ["a", "b"]}
    done, _ = await asyncio.wait(pending.values())
    print(len(done))

asyncio.run(main())
