temps = [21.5, 23.0, 19.8, 25.1]
for i in range(len(temps) + 1):
    diff = temps[i + 1] - temps[i]
    print(f"day {i}: change {diff:+.1f}")
