# Rock, paper, scissors against a seeded computer, with a score table and a winner dict.
import random

random.seed(99)
BEATS = {"rock": "scissors", "scissors": "paper", "paper": "rock"}
score = {"you": 0, "computer": 0, "tie": 0}
mine = ["rock", "rock", "paper", "scissors", "paper", "rock", "scissors", "scissors"]
for rnd, me in enumerate(mine, 1):
    cpu = random.choice(list(BEATS))
    if me == cpu:
        result = "tie"
    elif BEATS[me] == cpu:
        result = "you"
    else:
        result = "computer"
    score[result] += 1
    print(f"round {rnd}: {me:>8} vs {cpu:<8} -> {result}")
print(score)
leader = max(("you", "computer"), key=score.get)
print("winner:", leader if score["you"] != score["computer"] else "nobody")
