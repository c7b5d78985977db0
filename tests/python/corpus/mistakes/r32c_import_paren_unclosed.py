# A parenthesized import list that never closes.
from asyncio import (
    sleep,
    gather,
    run

async def main():
    await sleep(0.01)

run(main())
