import asyncio

async def score(player):
    await asyncio.sleep(0)
    return len(player)

async def main():
    players = ["ann", "bartholomew", "cy"]
    scores = [score(p) for p in players]
    print(sorted(scores))

asyncio.run(main())
