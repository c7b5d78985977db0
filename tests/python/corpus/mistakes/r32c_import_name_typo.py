# Importing a misspelt name from asyncio.
import random
random.seed(1)
from asyncio import run, sleeep

async def main():
    await sleeep(0.01)

run(main())
