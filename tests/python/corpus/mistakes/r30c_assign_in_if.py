# Wrote = where I meant == in an if test.
import random
random.seed(3)
roll = random.randint(1, 6)
if roll = 6:
    print("six!")
else:
    print("rolled", roll)
