# The sides of an assignment swapped: a literal on the left
5 = count
print(count)
