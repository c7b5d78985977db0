# Summing values read as text without converting them.
lines = ["3", "4", "5"]
total = 0
for line in lines:
    total = total + line
print(total)
