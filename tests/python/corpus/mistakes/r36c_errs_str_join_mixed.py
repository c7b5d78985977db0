# joining a row of mixed values into a CSV line
row = ["ann", 31, 4.5, None]
try:
    print(",".join(row))
except TypeError as e:
    print("TypeError:", e)
print(",".join(str(v) for v in row))
print(",".join(row[:1] + row[2:]))
