# input() compared with a number without int()
age = input("How old are you? ")
if age >= 18:
    print("adult")
