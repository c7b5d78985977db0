# Mistake: a nested list comprehension over rows where one row holds a string (error in the inner comprehension).
rows = [[1, 2, 3], [4, 5, 6], [7, '8', 9]]
doubled = [[cell * 2 for cell in row] for row in rows]
print(doubled)
squares = [[cell ** 2 for cell in row] for row in rows]
print(squares)
