# Results collected into dicts via zip, dict comprehension and setdefault groups.
import asyncio
import random

async def roll(player):
    await asyncio.sleep(0.1)
    return random.randint(1, 6)

async def main():
    random.seed(2024)
    players = ['ann', 'bob', 'cy', 'di', 'ed']
    scores = dict(zip(players, await asyncio.gather(*map(roll, players))))
    print(scores)
    by_score = {}
    for p, s in scores.items():
        by_score.setdefault(s, []).append(p)
    print({k: by_score[k] for k in sorted(by_score, reverse=True)})
    winners = [p for p, s in scores.items() if s == max(scores.values())]
    print(f'winner(s): {", ".join(winners).title()}')

asyncio.run(main())
