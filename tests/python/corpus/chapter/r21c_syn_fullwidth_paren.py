# Full-width parentheses pasted from a CJK page.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

print（asyncio.run(worker())）
