numbers = [1, 2, 3,
           4, 5, 6
print(sum(numbers))
total = 0
