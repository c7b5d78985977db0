# a multiplication table with a nested list comprehension; one row label is text
rows = [1, 2, "3"]
table = [[r * c + 1 for c in range(1, 4)] for r in rows]
for row in table:
    print(row)
