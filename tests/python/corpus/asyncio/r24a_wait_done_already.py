import asyncio

async def quick(v):
    return v

async def main():
    done_task = asyncio.create_task(quick("early"), name="early")
    await asyncio.sleep(0)
    slow = asyncio.create_task(asyncio.sleep(0.1, "slow"), name="slow")
    done, pending = await asyncio.wait([done_task, slow], return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait([done_task, slow], timeout=0)
    print(len(done), len(pending))
    print(await slow)
    r = await asyncio.wait({slow}, timeout=-1)
    print([len(s) for s in r])

asyncio.run(main())
