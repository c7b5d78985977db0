# importing just what I need from asyncio, one of the names misspelt
from asyncio import run, sleep, gahter

async def tick(n):
    await sleep(0.01)
    return n

async def main():
    print(await gahter(tick(1), tick(2)))

run(main())
