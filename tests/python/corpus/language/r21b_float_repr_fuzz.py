# seeded random floats printed with repr, str, round and several format specs
import random
random.seed(2024)
for _ in range(12):
    x = random.uniform(-1e6, 1e6) * 10 ** random.randint(-12, 12)
    print(repr(x), round(x, 3), f'{x:.6g}|{x:e}|{x:,.2f}|{x:.0f}|{x:%}'[:90], format(x, '.15'))
for _ in range(6):
    a, b = random.random(), random.random()
    print(a + b, a * b, a / b, a - b, a ** b, divmod(a * 100, b))
print([round(random.random(), 2) for _ in range(8)])
print(sum(random.random() for _ in range(1000)))
