# A seeded dice game: the same rolls every run.
import random

random.seed(2024)
scores = {'Ann': 0, 'Bob': 0, 'Cyd': 0}
for round_no in range(1, 4):
    rolls = {name: random.randint(1, 6) for name in scores}
    best = max(rolls.values())
    winners = [name for name, r in rolls.items() if r == best]
    for w in winners:
        scores[w] += 1
    print(f'round {round_no}: {rolls} -> {", ".join(winners)}')
print('scores:', scores)
names = list(scores)
random.shuffle(names)
print('turn order:', names)
print('coin flips:', ''.join(random.choice('HT') for _ in range(20)))
print('uniform:', [round(random.uniform(0, 1), 3) for _ in range(3)])
