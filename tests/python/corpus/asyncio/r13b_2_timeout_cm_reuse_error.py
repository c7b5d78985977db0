import asyncio

async def main():
    cm = asyncio.timeout(0.5)
    async with cm:
        await asyncio.sleep(0)
    print("first use fine; expired:", cm.expired())
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
