# The CLI idiom sys.exit(asyncio.run(main())): main's int becomes the exit status
import asyncio
import sys

async def check(name, ok):
    await asyncio.sleep(0.01)
    print(f"check {name}: {'ok' if ok else 'FAILED'}")
    return ok

async def main() -> int:
    results = await asyncio.gather(check("disk", True), check("net", False), check("db", True))
    failed = results.count(False)
    print(f"{failed} check(s) failed", file=sys.stderr)
    return 3 if failed else 0

if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
