# len() of a generator expression.
print("start")

squares = (n * n for n in range(5))
print(len(squares))
