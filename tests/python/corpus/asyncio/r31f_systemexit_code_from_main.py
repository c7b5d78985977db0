# SystemExit with a code raised inside the coroutine sets the exit status
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print("validation failed, exiting with 3")
    raise SystemExit(3)

try:
    asyncio.run(main())
finally:
    print("finally at top level")
