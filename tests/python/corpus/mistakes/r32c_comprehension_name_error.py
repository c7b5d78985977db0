# A comprehension that uses the loop variable from a different comprehension.
rows = [[1, 2], [3, 4]]
flat = [x for row in rows for x in row]
print(flat)
total = [x * y for x in flat if y > 1]
print(total)
