# wait() of nothing is a ValueError, gather() of nothing is an empty list
import asyncio

async def main():
    print(await asyncio.gather())
    print(await asyncio.gather(*[]))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, "x"))])
    print([t.result() for t in done], pending)

asyncio.run(main())
