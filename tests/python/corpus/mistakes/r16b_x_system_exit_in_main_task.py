# SystemExit(3) raised in the main coroutine sets the exit status
import asyncio
async def main():
    await asyncio.sleep(0.01)
    raise SystemExit(3)
asyncio.run(main())
