import asyncio


async def grüße(name):
    await asyncio.sleep(0)
    message = f"Hallo, {name} — willkommen! 🎉"
    print(message)
    raise ValueError(f"ungültiger Name: {name!r} ✗")


async def main():
    await grüße("Jürgen")


asyncio.run(main())
