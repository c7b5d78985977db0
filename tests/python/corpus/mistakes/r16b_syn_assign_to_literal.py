# The sides of an assignment swapped: a literal on the left
print("== assign to literal ==")

5 = count
print(count)
