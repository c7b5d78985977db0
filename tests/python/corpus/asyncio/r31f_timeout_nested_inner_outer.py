# Nested asyncio.timeout blocks: which one fires, and catching it inside the outer
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.3):
            try:
                async with asyncio.timeout(0.05):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout caught")
            await asyncio.sleep(0.01)
            print("still inside outer")
    except TimeoutError:
        print("outer fired (unexpected)")
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.timeout(0.4):
                await asyncio.sleep(1)
    except TimeoutError as e:
        print("outer fired:", repr(e), type(e.__context__).__name__)
    async with asyncio.timeout(0):
        print("zero timeout body runs")
        await asyncio.sleep(0)
    print("unreachable")

asyncio.run(main())
