# Timeout objects' repr through created, active, expired states (absolute deadlines)
import asyncio

async def main():
    cm = asyncio.timeout_at(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
        cm.reschedule(12345.5)
        print(repr(cm))
    print(repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2).split(" when=")[0])
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
