# A division spanning lines where the divisor is zero
scores = {"ada": 90, "alan": 85}
missing = []
average = (
    sum(scores.values())
    /
    len(missing)
)
print(average)
