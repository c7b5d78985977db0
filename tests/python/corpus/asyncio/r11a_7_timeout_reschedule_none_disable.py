import asyncio


async def main():
    async with asyncio.timeout(0.05) as t:
        print("deadline set:", t.when() is not None)
        t.reschedule(None)
        print("deadline removed:", t.when())
        await asyncio.sleep(0.1)
    print("survived, expired:", t.expired())
    try:
        async with asyncio.timeout(None) as t2:
            t2.reschedule(asyncio.get_running_loop().time())
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("rescheduled to now: expired", t2.expired())


asyncio.run(main())
