# a learner's temperature conversion table
print(f"{'Celsius':>8} | {'Fahrenheit':>10} | {'Kelvin':>8}")
print("-" * 8 + "-+-" + "-" * 10 + "-+-" + "-" * 8)
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>8d} | {f:>10.1f} | {k:>8.2f}")
for f in [98.6, 212, -459.67, 0]:
    c = (f - 32) * 5 / 9
    print(f"{f}F = {c}C = {c:.1f}C = {round(c, 2)}C")
print(f"{37.77777777777778:.0f}", round(37.5), round(38.5), f"{37.5:.0f}", f"{38.5:.0f}")
temps = "21.5, 19.0,  23.25 ,18"
values = [float(t) for t in temps.split(",")]
print(values, f"avg {sum(values) / len(values):.3f}", max(values), min(values))
print(float("21,5"))
