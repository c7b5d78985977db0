age = input("How old are you? ")
try:
    print("Next year you will be", age + 1)
except TypeError as e:
    print("Oops:", e)
try:
    print(1 + age)
except TypeError as e:
    print("Oops:", e)
print("Next year you will be", int(age) + 1)
