import random

def draw(seed):
    random.seed(seed)
    return [random.randint(1, 100) for _ in range(5)]

a = draw(7)
b = draw(7)
c = draw("hello")
print(a)
print(b)
print(a == b)
print(c)
rng = random.Random(123)
print([rng.random() for _ in range(3)])
print(rng.choices("abc", cum_weights=[1, 2, 10], k=8))
state = rng.getstate()
x = rng.randint(1, 1000)
rng.setstate(state)
y = rng.randint(1, 1000)
print(x == y, x)
print(round(rng.triangular(0, 10, 3), 5))
print(round(rng.expovariate(2.0), 6))
print(rng.getrandbits(20))
