# Mistake: sys.exit given the list of failed tasks (printed as a list, status 1).
import asyncio
import sys

async def check(name, ok):
    await asyncio.sleep(0.01)
    return name, ok

async def main():
    results = await asyncio.gather(check("db", True), check("cache", False), check("api", False))
    return [name for name, ok in results if not ok]

failed = asyncio.run(main())
print("failed:", len(failed))
sys.exit(failed)
