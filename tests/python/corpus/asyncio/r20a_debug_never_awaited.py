# Without debug: a coroutine called but never awaited gives a RuntimeWarning at the call line.
import asyncio


async def phase(i):
    print('phase', i)


async def main():
    phase(1)
    await phase(2)


asyncio.run(main())
