import random

random.seed(42)
rolls = [random.randint(1, 6) for _ in range(10)]
print("rolls:", rolls)
print("total:", sum(rolls))
colors = ["red", "green", "blue", "yellow"]
print("pick:", random.choice(colors))
print("picks:", random.choices(colors, k=5))
print("weighted:", random.choices(colors, weights=[10, 1, 1, 1], k=6))
print("sample:", random.sample(range(100), 5))
deck = list(range(1, 11))
random.shuffle(deck)
print("deck:", deck)
print("uniform:", round(random.uniform(1.5, 2.5), 4))
print("gauss:", round(random.gauss(100, 15), 3))
print("random:", random.random())
print("randrange:", random.randrange(0, 100, 5))
