import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    f2.set_result(2)
    done, pending = await asyncio.wait([f1, f2], timeout=0)
    print(len(done), len(pending), f2 in done, f1 in pending)
    done, pending = await asyncio.wait({f1}, timeout=0.01)
    print(len(done), len(pending))
    f1.cancel()
    done, pending = await asyncio.wait([f1])
    print(len(done), [f.cancelled() for f in done])

asyncio.run(main())
