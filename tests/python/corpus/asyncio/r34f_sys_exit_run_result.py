# A CLI that returns an exit code from main(): sys.exit(asyncio.run(main())).
import asyncio
import sys

async def check(name, ok):
    await asyncio.sleep(0.01)
    print(f"check {name}: {'pass' if ok else 'FAIL'}")
    return ok

async def main() -> int:
    results = await asyncio.gather(check("db", True), check("cache", False), check("disk", True))
    failed = results.count(False)
    print(f"{failed} check(s) failed", file=sys.stderr)
    return 3 if failed else 0

if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
