# a status line with emoji; the counter is None on the first round
import asyncio

async def status(done, total):
    await asyncio.sleep(0.01)
    print("✅ done:", done, "⏳ left:", total - done, "🚀")

async def main():
    await status(2, 5)
    await status(None, 5)

asyncio.run(main())
