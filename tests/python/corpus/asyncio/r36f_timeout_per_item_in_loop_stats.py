# Apply a per-item timeout while processing a batch, and print a summary of ok/timeouts/errors.
import asyncio
from collections import Counter

async def handle(item):
    kind, secs = item
    await asyncio.sleep(secs)
    if kind == "bad":
        raise ValueError("malformed")
    return kind

async def main():
    items = [("ok", 0.01), ("slow", 0.5), ("bad", 0.01), ("ok", 0.02), ("slow", 0.4)]
    stats = Counter()
    for i, item in enumerate(items):
        try:
            async with asyncio.timeout(0.1):
                await handle(item)
            stats["ok"] += 1
        except TimeoutError:
            stats["timeout"] += 1
            print(f"item {i} timed out")
        except ValueError as e:
            stats["error"] += 1
            print(f"item {i} error: {e}")
    print(dict(sorted(stats.items())))

asyncio.run(main())
