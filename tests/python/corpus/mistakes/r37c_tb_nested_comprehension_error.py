# a multiplication table where one row is a string by mistake
rows = [1, 2, "3", 4]
table = [[r * c for c in range(1, 4)] for r in rows]
for row in table:
    print(row)
print([[r + c for c in range(1, 4)] for r in rows])
