# Status lines go to stderr while results go to stdout, as command-line tools do.
import asyncio
import sys

async def process(name, delay):
    print(f"starting {name}", file=sys.stderr)
    await asyncio.sleep(delay)
    print(f"{name}: ok")
    print(f"finished {name}", file=sys.stderr)

async def main():
    await asyncio.gather(process("alpha", 0.1), process("beta", 0.3))
    print("summary: 2 items", flush=True)
    sys.stderr.write("exiting with status 2\n")
    sys.exit(2)

asyncio.run(main())
