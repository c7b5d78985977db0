# Mistake: a value assigned inside an f-string's debug specifier.
import asyncio

async def main():
    delay = 0.01
    await asyncio.sleep(delay)
    print(f"slept {delay = 0.01} seconds")

asyncio.run(main())
