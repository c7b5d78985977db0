# What asyncio.timeout's TimeoutError carries: its __cause__/__context__, and the traceback when uncaught
import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    try:
        async with asyncio.timeout(0.02):
            await slow()
    except TimeoutError as e:
        print("args:", e.args, "| cause:", type(e.__cause__).__name__, "| suppress:", e.__suppress_context__)
    async with asyncio.timeout(0.02):
        await slow()

asyncio.run(main())
