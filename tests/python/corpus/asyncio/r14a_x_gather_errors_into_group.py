# gather(return_exceptions=True)'s errors raised together as an ExceptionGroup, uncaught
import asyncio
async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(n)
async def main():
    rs = await asyncio.gather(*(bad(i) for i in range(3)), return_exceptions=True)
    raise ExceptionGroup('collected', [r for r in rs if isinstance(r, Exception)])
asyncio.run(main())
