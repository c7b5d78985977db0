from asyncio import run, sleeep

async def main():
    await sleeep(0.1)

run(main())
