# An asyncio.timeout object entered twice, and one used from a plain callback outside any task
import asyncio


async def main():
    cm = asyncio.timeout(1)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("expired:", cm.expired())


asyncio.run(main())
loop = asyncio.new_event_loop()
cm2 = asyncio.timeout(1)
loop.run_until_complete(cm2.__aenter__())
