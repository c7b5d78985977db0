# Mistake: an AttributeError on a line with emoji in a string before the failing call.
import asyncio

async def status(name):
    await asyncio.sleep(0.01)
    return None if name == "db" else "ok"

async def main():
    for name in ["web", "db"]:
        s = await status(name)
        print("✅ 🚀 " + name + ": " + s.upper())

asyncio.run(main())
