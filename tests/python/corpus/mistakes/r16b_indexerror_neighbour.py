# Comparing each item with the next one: the last index goes one past the end
temps = [12, 15, 11, 18]
for i in range(len(temps)):
    diff = temps[i + 1] - temps[i]
    print(f"day {i}: {diff:+d}")
