# Summing values read as text.
print("start")

readings = ["1.5", "2.5"]
print(sum(float(r) for r in readings))
print(sum(readings, 0.0))
