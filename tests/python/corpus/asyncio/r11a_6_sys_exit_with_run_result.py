import asyncio
import sys


async def main():
    failures = sum(await asyncio.gather(*(asyncio.sleep(0, n % 2) for n in range(5))))
    print(f"{failures} checks failed")
    return failures


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
