# random picks for a game; some calls get bad arguments
import random

random.seed(5)
print(random.randint(1, 6), random.choice("abc"))
for fn in (lambda: random.choice([]), lambda: random.randint(6, 1),
           lambda: random.sample(range(3), 5), lambda: random.shuffle("abc"),
           lambda: random.randrange(0), lambda: random.choices([1, 2], weights=[1])):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
