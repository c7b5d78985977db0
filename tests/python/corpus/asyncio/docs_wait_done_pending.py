import asyncio

async def foo():
    return 42

async def main():
    task = asyncio.create_task(foo())
    done, pending = await asyncio.wait({task})

    if task in done:
        print("Everything will work as expected now.")
    print(len(done), len(pending))

    t1 = asyncio.create_task(asyncio.sleep(0.2, result='a'))
    t2 = asyncio.create_task(asyncio.sleep(0.5, result='b'))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending, timeout=1)
    print([t.result() for t in done], pending)

asyncio.run(main())
