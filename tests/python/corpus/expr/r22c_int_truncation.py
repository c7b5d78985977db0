# int() truncates, round() rounds, // floors
values = [3.7, 3.2, -3.7, -3.2, 0.5, -0.5, 2.5, -2.5, 1e20, -1e-300]
import math
print(f"{'x':>8} {'int':>6} {'round':>6} {'//1':>6} {'floor':>6} {'ceil':>6}")
for v in values:
    print(f"{v:>8} {int(v):>6} {round(v):>6} {v // 1:>6} {math.floor(v):>6} {math.ceil(v):>6}")
print(int("  -0  "), int(True), int(-0.0), int(1.5e20), int(2.0 ** 70), int(-1e-10))
for s in ["3.5", "1e5", "3,000", "½", "0x10"]:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
print(int(float("3.5")), int(float("1e5")), int("3,000".replace(",", "")))
age = "17"
print(age + 1)
