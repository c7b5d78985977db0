# wait() and as_completed() given futures that are already done
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    futs = []
    for i in range(3):
        f = loop.create_future()
        f.set_result(i * 10)
        futs.append(f)
    done, pending = await asyncio.wait(futs, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    print(sorted([await f for f in asyncio.as_completed(futs)]))
    print(list(asyncio.as_completed([])))
    print(await asyncio.wait_for(futs[0], 0))

asyncio.run(main())
