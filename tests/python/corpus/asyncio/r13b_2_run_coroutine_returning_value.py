import asyncio
import sys

async def main(argv):
    total = 0
    for word in argv:
        await asyncio.sleep(0)
        total += len(word)
    print("total letters:", total)
    return 3 if total > 10 else 0

code = asyncio.run(main(["alpha", "beta", "gamma"]))
print("exit code", code)
sys.exit(code)
