numbers = [1, 2, 2, 3, 4, 4, 5, 6]
for n in numbers:
    if n % 2 == 0:
        numbers.remove(n)
print(numbers)

ages = {"ann": 12, "bob": 20, "cy": 15}
for name in ages:
    if ages[name] < 18:
        del ages[name]
print(ages)
