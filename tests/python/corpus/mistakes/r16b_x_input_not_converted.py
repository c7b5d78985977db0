# input() compared with a number without int()
print("== input not converted ==")
age = input("How old are you? ")
if age >= 18:
    print("adult")
