# Forgetting await in a loop, with the warnings filter set to "always".
import asyncio
import warnings

async def send(n):
    await asyncio.sleep(0)

async def main():
    for n in range(3):
        send(n)
        print("sent?", n)
    warnings.simplefilter("always")
    for n in range(2):
        send(n)
        print("sent again?", n)

asyncio.run(main())
