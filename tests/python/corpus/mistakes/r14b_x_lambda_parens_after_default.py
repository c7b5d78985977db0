# Mistake: brackets around a lambda parameter that follows one with a default (only "invalid syntax" there).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    scale = lambda factor=2, (x): x * factor
    print(scale(3))


asyncio.run(main())
